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
        if (sentence.IsHeading)
        {
            return false;
        }

        var text = SentenceText.ForDisplay(sentence.Text);
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

    private static bool HasClosingPunctuation(string trimmed) =>
        trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '…' or '"' or '”' or '»' or '\'' or '’' or ')';

    [GeneratedRegex(@"^\s*(trending stories|about (the )?author|read (more|also)|related( articles| stories)?:|click here|sign up|subscribe|follow us|share (this|on)|advertisement|all rights reserved|copyright|©|laissez un commentaire|(à )?lire aussi|voir aussi|abonnez-vous|publicité|partager( sur)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"^\s*(by\s*\.|by\s+[\p{Lu}][\p{L}'.-]+(\s+[\p{Lu}][\p{L}'.-]+){0,3}\s*[.|]?\s*$)|\b(PUBLISHED|UPDATED)\s*:|\blast updated\b|\b\d{1,2}:\d{2}\s*(EST|GMT|BST|EDT|UTC|CET)\b|^\s*(publié|mis à jour)\s+le\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
