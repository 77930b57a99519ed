using System.Text.RegularExpressions;
using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>
/// Which sentences may appear in a summary at all. Headings, scraped boilerplate, bylines and datelines, questions (usually
/// subheadings or rhetorical), lines that introduce a list or quote, and fragments that cannot stand alone are never chosen.
/// </summary>
public static partial class SentenceEligibility
{
    private const int MinWords = 4;

    public static bool IsEligible(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return !sentence.IsHeading && IsEligibleText(SentenceText.ForDisplay(sentence.Text));
    }

    /// <summary>The rules for a body sentence already in display form (<see cref="SentenceText.ForDisplay"/>).</summary>
    internal static bool IsEligibleText(string text)
    {
        if (WordCount(text) < MinWords || Boilerplate().IsMatch(text) || Byline().IsMatch(text))
        {
            return false;
        }

        var end = text.TrimEnd(' ', '"', '\'', '”', '’', '»', ')', '\u00a0');
        if (end.EndsWith('?') || end.EndsWith(':'))
        {
            return false;
        }

        // A sentence that starts in lower case continues something said before it (a split fragment or a list tail).
        var first = text.FirstOrDefault(char.IsLetterOrDigit);
        if (char.IsLower(first))
        {
            return false;
        }

        // The end of a quotation split across sentences (We know how to look," she said.) cannot stand alone.
        if (IsQuotationTail(text))
        {
            return false;
        }

        // No closing punctuation and short: a subheading or list item the cleaner did not mark.
        return HasClosingPunctuation(end) || WordCount(text) >= 12;
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>
    /// The tail of a quotation the splitter cut in two: its first quotation mark closes a quote that opened in an earlier
    /// sentence. A head ("We know where to look.) still reads as a sentence, so only tails are refused.
    /// </summary>
    private static bool IsQuotationTail(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '”' or '»':
                    return true;
                case '“' or '«':
                    return false;
                case '"':
                    // A straight mark closes when it follows a word or punctuation rather than a space or the start.
                    return i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '[' or '—' or '-');
            }
        }

        return false;
    }

    private static bool HasClosingPunctuation(string trimmed) =>
        trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '…' or '"' or '”' or '»' or '\'' or '’' or ')';

    [GeneratedRegex(@"^\s*(trending stories|about (the )?author|read (more|also)|related( articles| stories)?:|click here|sign up|subscribe|follow us|share (this|on)|advertisement|all rights reserved|copyright|©|laissez un commentaire|(à )?lire aussi|voir aussi|abonnez-vous|publicité|partager( sur)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"^\s*(by\s*\.|by\s+[\p{Lu}][\p{L}'.-]+(\s+[\p{Lu}][\p{L}'.-]+){0,3}\s*[.|]?\s*$)|\b(PUBLISHED|UPDATED)\s*:|\blast updated\b|\b\d{1,2}:\d{2}\s*(EST|GMT|BST|EDT|UTC|CET)\b|^\s*(publié|mis à jour)\s+le\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
