namespace NewsBot.Core.Quotes;

/// <summary>Subjects naming someone the article never names: "une source proche de l'enquête", "les pompiers".</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// The unnamed speaker of a determiner <paramref name="k"/> and head noun ending at <paramref name="last"/> (complement
    /// up to <paramref name="tail"/>), or null when the phrase refers to someone already introduced.
    /// </summary>
    private static Subject? Unnamed(IReadOnlyList<QuoteToken> t, int k, string head, int last, int tail, int end, SpeakerEntity? owner, bool ofOrganization)
    {
        if (!FrenchUnnamedSpeakers.Introduces(t[k].Lower, head, ofOrganization, owner is { Kind: SpeakerKind.Person }) || IsFamilyNoun(head))
        {
            return null;
        }

        // "une mère de famille croisée devant l'hôpital": a participle ends the description.
        for (var i = k + 2; i <= last; i++)
        {
            if (IsParticiple(t[i].Lower))
            {
                return new Subject(k, i - 1) { Head = head, Descriptor = (k + 1, i - 1), IsUnnamed = true };
            }
        }

        var descriptionEnd = Math.Max(tail, ComplementEnd(t, last, end)); // "cadre [de la majorité]", "mère [de famille]"
        for (var i = last + 2; i <= descriptionEnd; i++)
        {
            if (IsParticiple(t[i].Lower) && !SyntaxLexicon.Determiners.Contains(t[i - 1].Lower) && t[i - 1].Lower is not ("de" or "d'"))
            {
                descriptionEnd = i - 1; // "mère de famille [croisée devant l'hôpital]", but "responsable de la sécurité"
                break;
            }
        }

        // A relative keeps its owner: "le frère de Nordahl Lelandais" may be the Lelandais the story named.
        return new Subject(k, descriptionEnd) { Head = head, Descriptor = (k + 1, descriptionEnd), IsUnnamed = true, Owner = owner is { Kind: SpeakerKind.Person } ? owner : null };
    }

    /// <summary>"croisée", "interrogé", "rencontrés": a past participle in -é describes the moment, not the person.</summary>
    private static bool IsParticiple(string lower) =>
        lower.Length > 4 && SyntaxLexicon.HasPastParticipleEnding(lower);
}
