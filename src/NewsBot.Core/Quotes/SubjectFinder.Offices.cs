namespace NewsBot.Core.Quotes;

/// <summary>"le chef de l'État", "le président de la République": a French office named by the state it heads.</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "(l'ancien) chef de l'État", "le président de la République" before the name at token <paramref name="m"/>: the office
    /// as a subject whose owner is the state, or null.
    /// </summary>
    private static Subject? HeadOfStateOf(IReadOnlyList<QuoteToken> t, int m, SpeakerEntity entity)
    {
        if (entity.Kind == SpeakerKind.Person && entity.IsStrongPerson)
        {
            return null; // "le président de Jean Dupont" is not an office
        }

        var r = m >= 1 && t[m - 1].Lower is "la" or "l'" or "le" ? m - 1 : m;
        if (r < 3 || t[r - 1].Lower is not ("de" or "du") || t[r - 2].Lower is not ("chef" or "président" or "présidente"))
        {
            return null;
        }

        var first = r - 2;
        first -= t[first - 1].Lower is "ancien" or "ancienne" or "nouveau" or "nouvelle" or "futur" or "actuel" && first >= 2 ? 1 : 0;
        return t[first - 1].Lower is "le" or "la" or "l'"
            ? new Subject(first - 1, m) { Head = t[r - 2].Lower, Owner = entity }
            : null;
    }
}
