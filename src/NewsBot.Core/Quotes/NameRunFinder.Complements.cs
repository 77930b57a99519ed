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
}
