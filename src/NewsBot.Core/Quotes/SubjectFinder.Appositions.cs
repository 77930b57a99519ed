namespace NewsBot.Core.Quotes;

/// <summary>
/// Appositions: the person a description names ("her son, Emre Kaya, told"), and those the writer did not close, where the
/// person they describe speaks, not the employer before the verb.
/// </summary>
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "William Lowenstein, président de SOS Addiction a commenté", "Ruth Adams, directrice générale d'Acme a affirmé": an
    /// apposition whose closing comma the writer left out. The employer at <paramref name="name"/> follows a role, and the
    /// person before the comma that opens the apposition speaks; null when the name is not such an employer.
    /// </summary>
    private Subject? ApposedPerson(IReadOnlyList<QuoteToken> t, int name)
    {
        var p = name >= 1 && SyntaxLexicon.Determiners.Contains(t[name - 1].Lower) ? name - 2 : name - 1;
        if (p < 2 || !OwnerPrepositions.Contains(t[p].Lower))
        {
            return null;
        }

        var role = p - 1;
        while (role >= 0 && p - role <= 3 && t[role].IsWord && !t[role].IsCapitalized && !RoleLexicon.IsRole(t[role].Lower))
        {
            role--; // "directrice générale d'Acme", "chief executive of Acme"
        }

        if (role < 0 || !RoleLexicon.IsRole(t[role].Lower))
        {
            return null;
        }

        var comma = role - 1;
        while (comma >= 0 && role - comma <= 3 && t[comma].IsWord && !t[comma].IsCapitalized)
        {
            comma--; // "X, le nouveau président de Y"
        }

        if (comma < 1 || !t[comma].Is(",") || discourse.EntityAt(t[comma - 1].Start) is not { Kind: SpeakerKind.Person } person)
        {
            return null;
        }

        var first = comma - 1;
        while (first - 1 >= 0 && t[first - 1].IsWord && discourse.EntityAt(t[first - 1].Start) == person)
        {
            first--;
        }

        // "Selon Paul Martin, le président de la fédération a affirmé": the name belongs to the phrase before the comma.
        return IsPrepositionalObject(t, first) ? null : new Subject(first, comma - 1) { Entity = person };
    }

    /// <summary>
    /// "her son, Emre Kaya, told", "Lady Sophia's mother, the Countess of Wendover, told": a description after a quote
    /// followed by a person's name or title between commas is that person; null when <paramref name="description"/> names
    /// someone already or no such name follows it.
    /// </summary>
    public Subject? NamedInApposition(IReadOnlyList<QuoteToken> t, Subject description, int end)
    {
        var comma = description.Last + 1;
        if (description.Entity is not null || description.Pronoun is not null || comma + 1 >= end || !t[comma].Is(","))
        {
            return null;
        }

        return At(t, comma + 1, end) is { Entity: { } entity } named && (entity.Kind == SpeakerKind.Person || RoleLexicon.IsRole(entity.Words[0]))
            && named.Last + 1 < end && t[named.Last + 1].Is(",")
            ? named with { First = description.First }
            : null;
    }

    /// <summary>
    /// "L'entourage de Gérald Darmanin assure que", "l'entourage du chef de l'État assure", "the family of Tom Walsh said":
    /// a name (from <paramref name="m"/> to <paramref name="j"/>) in the complement of someone close to its owner (an
    /// entourage, a relative, a family) is not who speaks; the phrase that owns it is. Null when no such phrase ends there.
    /// </summary>
    private Subject? CloseToOwner(IReadOnlyList<QuoteToken> t, int m, int j)
    {
        var p = m >= 1 && t[m - 1].Lower is "l'" or "la" or "le" or "les" or "the" ? m - 2 : m - 1;
        if (p < 1 || t[p].Lower is not ("de" or "du" or "d'" or "of"))
        {
            return null;
        }

        for (var k = p - 1; k >= 0 && p - k <= MaxTitle && t[k].IsWord; k--)
        {
            if (SyntaxLexicon.Determiners.Contains(t[k].Lower) && t[k].Lower is not ("du" or "des") && k + 1 < t.Count && IsCloseToOwner(t[k + 1].Lower)
                && DeterminedNounPhrase(t, k, j + 1) is { Entity: null, Pronoun: null } phrase && phrase.Last == j)
            {
                return phrase;
            }
        }

        return null;
    }

    private static bool IsCloseToOwner(string head) =>
        head is "entourage" || IsFamilyNoun(head) || KinLexicon.IsKin(head) || FrenchUnnamedSpeakers.IsRelative(head); // the last adds partners and friends
}
