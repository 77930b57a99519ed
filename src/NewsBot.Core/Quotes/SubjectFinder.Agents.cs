namespace NewsBot.Core.Quotes;

/// <summary>A participle's agent before the verb is not its subject: the noun phrase the participle describes is.</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "le comité de crise mis en place par les autorités a estimé", "the panel run by the college said": the phrase before
    /// the verb is a participle's agent; the subject is the noun phrase the participle describes, opening the sentence or
    /// following a comma. Null when <paramref name="first"/> follows no "par"/"by".
    /// </summary>
    private Subject? AgentOf(IReadOnlyList<QuoteToken> t, int first)
    {
        var by = first >= 1 && SyntaxLexicon.Determiners.Contains(t[first - 1].Lower) ? first - 2 : first - 1;
        if (by < 2 || t[by].Lower is not ("par" or "by"))
        {
            return null;
        }

        // The participle ("mis en place", "run", "créé") ends the described phrase.
        var participle = by - 1;
        while (participle > 0 && by - participle <= 3 && t[participle].IsWord && !LooksParticiple(t[participle].Lower))
        {
            participle--;
        }

        if (participle <= 0 || !LooksParticiple(t[participle].Lower))
        {
            return null;
        }

        for (var k = 0; k < participle; k++)
        {
            if ((k == 0 || t[k - 1].Is(",")) && SyntaxLexicon.Determiners.Contains(t[k].Lower) && At(t, k, participle) is { } described
                && (described.Entity is not null || described.Head is not null))
            {
                return described;
            }
        }

        return null;
    }

    /// <summary>"mis (en place)", "run", "créée", "founded": a past participle, whose agent follows it.</summary>
    private static bool LooksParticiple(string lower) =>
        IsParticiple(lower) || lower is "mis" or "mise" or "mises" or "créé" or "créée" or "run" or "led" or "set" or "made" or "held" or "chosen"
        || lower.Length > 3 && lower.EndsWith("ed", StringComparison.Ordinal);
}
