namespace NewsBot.Core.Text;

/// <summary>
/// Chooses an article's title. For plain text, the first block is the title when it reads as a headline: short, not ending
/// like a sentence, with text after it. Otherwise a title is derived from the first body sentence, shortened at a word boundary.
/// </summary>
public static class TitleSelector
{
    private const int MaxHeadlineWords = 25;
    private const int MaxHeadlineChars = 200;
    private const int MaxDerivedChars = 100;

    /// <summary>Does this first line read as a headline rather than as the article's first sentence?</summary>
    public static bool IsHeadline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxHeadlineChars || !trimmed.Any(char.IsLetter))
        {
            return false;
        }

        var words = WordTokenizer.CountWords(trimmed);
        if (words > MaxHeadlineWords || BoilerplateDetector.IsBoilerplate(trimmed))
        {
            return false;
        }

        // Headlines may ask or exclaim; a full stop after many words is a sentence. Short lines ending in '.' still pass
        // ("Bitcoin falls again.") because no first sentence of a real article is that short.
        return trimmed[^1] != '.' || trimmed.EndsWith("...", StringComparison.Ordinal) || words <= 8;
    }

    /// <summary>A title from the first sentence: cut at a word boundary, preferring a clause break, and marked with "…".</summary>
    public static string Derive(string firstParagraph)
    {
        ArgumentNullException.ThrowIfNull(firstParagraph);
        var sentences = SentenceSplitter.Split(firstParagraph);
        var sentence = sentences.Count == 0 ? firstParagraph.Trim() : firstParagraph[sentences[0].Start..sentences[0].End];
        if (sentence.Length <= MaxDerivedChars)
        {
            return sentence.TrimEnd('.');
        }

        var window = sentence[..MaxDerivedChars];
        var clause = window.LastIndexOfAny([',', ';', ':', '–', '—']);
        var cut = clause >= MaxDerivedChars / 2 ? clause : window.LastIndexOf(' ');
        if (cut <= 0)
        {
            cut = MaxDerivedChars;
        }

        return window[..cut].TrimEnd(' ', ',', ';', ':', '–', '—', '\u00A0') + "…";
    }
}
