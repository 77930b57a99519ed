namespace NewsBot.Core.Quotes;

/// <summary>
/// French writes an office's complement and the holder's name with no comma between: "le ministre de la Santé Olivier
/// Véran", "l'ancien président de la République Nicolas Sarkozy", "a assuré à France Bleu Paris Michel Le Gall". The
/// capitals run on from the complement into the name; the name starts at its first name.
/// </summary>
internal static partial class NameRunFinder
{
    /// <summary>The last token of the complement when a first name starts a person inside the run, else <paramref name="last"/>.</summary>
    private static int ComplementBeforeName(IReadOnlyList<QuoteToken> tokens, int first, int last)
    {
        if (first == 0 || !tokens[first - 1].IsWord || tokens[first - 1].Lower is not ("de" or "du" or "des" or "d'" or "la" or "l'" or "à" or "au"))
        {
            return last;
        }

        for (var p = first + 1; p < last; p++)
        {
            if (NameLexicon.FirstNames.ContainsKey(tokens[p].Lower))
            {
                // Nothing before it may be a first name itself ("de Jean-Marie Le Pen" stays whole).
                for (var q = first; q < p; q++)
                {
                    if (NameLexicon.FirstNames.ContainsKey(tokens[q].Lower) || Particles.Contains(tokens[q].Lower))
                    {
                        return last;
                    }
                }

                return p - 1;
            }
        }

        return last;
    }

    /// <summary>
    /// "le Haut Conseil pour le climat juge", "la Fondation pour la nature a dénoncé": an organisation's name ending in "pour"
    /// and one common noun, when a verb, a comma or the sentence end follows (not "l'Agence X pour la première fois").
    /// </summary>
    private static int PurposeComplement(IReadOnlyList<QuoteToken> tokens, int first, int last)
    {
        var p = last + 1;
        if (p + 2 >= tokens.Count || tokens[p].Lower != "pour" || !HasOrganizationWord(tokens, first, last))
        {
            return last;
        }

        var noun = tokens[p + 1].Lower is "le" or "la" or "l'" or "les" ? p + 2 : p + 1;
        if (noun >= tokens.Count || !tokens[noun].IsWord || tokens[noun].IsCapitalized || SyntaxLexicon.Determiners.Contains(tokens[noun].Lower))
        {
            return last;
        }

        var after = noun + 1;
        return after >= tokens.Count || !tokens[after].IsWord || SpeechVerbs.IsSpeechVerb("fr", tokens[after].Lower)
            || tokens[after].Lower is "a" or "ont" or "avait" or "est" or "sont" or "estime" or "juge"
            ? noun
            : last;
    }
}
