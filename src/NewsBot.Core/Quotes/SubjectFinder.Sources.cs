namespace NewsBot.Core.Quotes;

/// <summary>Anonymous sources without an article: "(de) sources concordantes", "(de) source proche du dossier".</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>"sources concordantes", "source policière", "sources proches de l'enquête" at <paramref name="k"/>, as an unnamed speaker.</summary>
    public static Subject? Sources(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k >= end || t[k].Lower is not ("source" or "sources"))
        {
            return null;
        }

        var last = k;
        while (last + 1 < end && last - k < MaxNounPhrase && t[last + 1].IsWord && !t[last + 1].IsCapitalized
            && !OwnerPrepositions.Contains(t[last + 1].Lower) && !Prepositions.Contains(t[last + 1].Lower) && !IsVerb(t[last + 1].Lower)
            && !SyntaxLexicon.IsSkippable(t[last + 1]) && t[last + 1].Lower is not ("et" or "qui" or "que"))
        {
            last++;
        }

        var tail = ComplementEnd(t, last, end); // "source proche [du dossier]"
        return new Subject(k, tail) { Head = t[k].Lower, Descriptor = (k, tail), IsUnnamed = true };
    }
}
