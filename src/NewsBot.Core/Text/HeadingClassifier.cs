namespace NewsBot.Core.Text;

/// <summary>
/// Decides from the text alone whether a block is a subheading: a short line without final punctuation, or a short question
/// standing alone between paragraphs ("Comment les réclamations ont-elles commencé ?").
/// </summary>
public static class HeadingClassifier
{
    private const int MaxHeadingWords = 14;
    private const int MaxHeadingChars = 120;
    private const int MaxQuestionWords = 12;

    /// <summary>Reads the line as a heading when it is short and does not end like a sentence.</summary>
    public static bool LooksLikeHeading(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxHeadingChars || !trimmed.Any(char.IsLetter) || StartsWithQuote(trimmed))
        {
            return false;
        }

        if (WordTokenizer.CountWords(trimmed) > MaxHeadingWords)
        {
            return false;
        }

        var last = trimmed[^1];
        return !SentencePunctuation.IsTerminator(last) && last is not (':' or ';' or ',' or '»' or '"' or '”' or ')' or '’' or '\'');
    }

    /// <summary>A short question on its own line, with body text on both sides, heads the section it introduces.</summary>
    public static bool LooksLikeQuestionHeading(string text, bool hasTextBefore, bool hasTextAfter)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return hasTextBefore && hasTextAfter && trimmed.EndsWith('?') && !StartsWithQuote(trimmed)
            && trimmed.Length <= MaxHeadingChars && WordTokenizer.CountWords(trimmed) <= MaxQuestionWords
            && SentenceSplitter.Split(trimmed).Count == 1;
    }

    private static bool StartsWithQuote(string text) => text[0] is '«' or '“' or '"' or '„' or '‘' or '\'' or '—' or '–' or '-';
}
