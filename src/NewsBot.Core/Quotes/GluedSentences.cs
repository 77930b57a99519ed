namespace NewsBot.Core.Quotes;

/// <summary>
/// Sentence breaks that scraping lost. Daily Mail pages glue photo captions and "Scroll down for video" into the text
/// without a full stop ("... a system which 'punished the poor' Mr Cameron, in a speech, said the Tories were ..."), so the
/// sentence splitter sees one sentence where there are two or three, and a reported clause would run through the next
/// speaker's words. A break shows where a capitalised word that only ever opens a sentence (a pronoun, an article before a
/// lower-case word, "In", "However") follows a lower-case word, a number or a closing quote mark with no punctuation, or
/// where an honorific follows a closing quote mark. English only.
/// </summary>
internal static class GluedSentences
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "we", "it", "his", "her", "their", "its", "however", "meanwhile", "but", "yesterday", "speaking",
    };

    /// <summary>Openers that are only one when a lower-case word follows ("The eighth-grader sent", not "told The Guardian").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "in", "this", "after", "when" };

    /// <summary>
    /// Token ranges <c>[From, To)</c> of the pieces of <paramref name="t"/>, or null when nothing was glued (most sentences:
    /// no list is allocated for them).
    /// </summary>
    public static List<(int From, int To)>? Split(IReadOnlyList<QuoteToken> t)
    {
        List<(int, int)>? pieces = null;
        var from = 0;
        for (var b = 1; b < t.Count; b++)
        {
            if (IsBreak(t, b) && b - from >= 3)
            {
                (pieces ??= []).Add((from, b));
                from = b;
            }
        }

        pieces?.Add((from, t.Count));
        return pieces;
    }

    private static bool IsBreak(IReadOnlyList<QuoteToken> t, int b)
    {
        var word = t[b];
        var before = t[b - 1];
        if (!word.IsCapitalized || word.IsAllCaps || word.Start == before.End)
        {
            return false;
        }

        // Quoted words are not among the tokens: a closing mark follows its opening mark ("'punished the poor' Mr Cameron").
        var closing = before.IsQuoteMark && b >= 2 && t[b - 2].IsQuoteMark;
        if (!closing && !(before.IsWord && !before.IsCapitalized))
        {
            return false; // a capitalised word after a name or title is part of it; after punctuation the splitter saw the break
        }

        if (b >= 4 && before.Lower == "video" && t[b - 4].Lower == "scroll")
        {
            return true; // "Scroll down for video The Prime Minister, ..."
        }

        var lower = word.Lower;
        if (lower == "scroll" && b + 1 < t.Count && t[b + 1].Lower == "down")
        {
            return true;
        }

        var nextLower = b + 1 < t.Count && t[b + 1].IsWord && !t[b + 1].IsCapitalized;
        return Openers.Contains(lower) || (Determiners.Contains(lower) && nextLower)
            || (closing && NameLexicon.Honorifics.ContainsKey(lower.TrimEnd('.')) && b + 1 < t.Count && t[b + 1].IsCapitalized);
    }
}
