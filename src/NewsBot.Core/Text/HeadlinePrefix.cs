using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// Strips news-ticker labels ("Just-In:", "BREAKING:", "Dernière minute :") from a headline: they date badly and say nothing
/// about the story. Kept when removing them would leave fewer than three words.
/// </summary>
public static partial class HeadlinePrefix
{
    public static string Trim(string headline)
    {
        ArgumentNullException.ThrowIfNull(headline);
        var match = Label().Match(headline);
        if (!match.Success)
        {
            return headline;
        }

        var rest = headline[match.Length..].Trim();
        return WordTokenizer.CountWords(rest) >= 3 ? rest : headline;
    }

    [GeneratedRegex(
        @"^\s*(just[\s-]*in|breaking(\s+news)?|update[d]?|live|exclusive|urgent|alert|flash|en direct|derni[eè]re minute|exclusif|info|eilmeldung|última hora|ultim'ora)\s*[:|–—-]\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
