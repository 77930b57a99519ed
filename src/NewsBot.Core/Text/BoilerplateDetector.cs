using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// Recognises lines of page furniture: share and subscribe prompts, cookie notices, advertising labels, copyright lines,
/// image credits, link-list headings and end-of-article markers. General rules plus the per-language <see cref="BoilerplateLexicon"/>.
/// </summary>
public static partial class BoilerplateDetector
{
    private const int ShortLineWords = 14;

    private static readonly HashSet<string> ExactLines = Flatten(BoilerplateLexicon.Exact);
    private static readonly string[] PrefixLines = [.. BoilerplateLexicon.Prefixes.Values.SelectMany(v => v)];
    private static readonly HashSet<string> Sections = new(BoilerplateLexicon.SectionMarkers, StringComparer.Ordinal);

    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "share", "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail", "whatsapp", "telegram", "reddit",
        "pinterest", "print", "copy", "link", "url", "partager", "imprimer", "tweet", "messenger", "flipboard", "tumblr",
        "threads", "bluesky", "mastodon", "sms", "copier", "le", "lien", "on", "via", "teilen", "compartir", "condividi",
    };

    /// <summary>Is this whole line furniture?</summary>
    public static bool IsBoilerplate(string line) => IsBoilerplate(line, Fold(line));

    /// <summary>As <see cref="IsBoilerplate(string)"/>, given the line's <see cref="Fold"/> (folding a long paragraph costs more than the checks).</summary>
    internal static bool IsBoilerplate(string line, string folded)
    {
        if (folded.Length == 0 || !folded.Any(char.IsLetterOrDigit))
        {
            return true;
        }

        if (ExactLines.Contains(folded) || Sections.Contains(folded) || IsTailMarker(line, folded))
        {
            return true;
        }

        // Counted and looked up in place: splitting every paragraph into strings cost more than all the checks.
        var words = CountWords(folded);
        if (words <= ShortLineWords && PrefixLines.Any(p => folded.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        return AllShareWords(folded) || IsCopyright(folded, words) || IsCookieNotice(folded, words)
            || BareUrl().IsMatch(folded);
    }

    private static int CountWords(string folded)
    {
        var count = 0;
        foreach (var range in folded.AsSpan().Split(' '))
        {
            if (range.End.Value > range.Start.Value)
            {
                count++;
            }
        }

        return count;
    }

    private static bool AllShareWords(string folded)
    {
        var lookup = ShareWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan(range);
            if (word.Length > 0 && !lookup.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Does this line head a list of links ("Related articles", "Trending Stories")?</summary>
    public static bool IsSectionMarker(string line) => IsSectionMarkerFolded(Fold(line));

    internal static bool IsSectionMarkerFolded(string folded) => Sections.Contains(folded);

    /// <summary>
    /// Does this line mark the end of the article proper ("About the author", "Laissez un commentaire"), alone or glued to
    /// the text that follows it ("About AuthorJane Doe writes ...")?
    /// </summary>
    public static bool IsTailMarker(string line) => IsTailMarker(line, Fold(line));

    /// <summary>As <see cref="IsTailMarker(string)"/>, given the line's <see cref="Fold"/>.</summary>
    internal static bool IsTailMarker(string line, string folded)
    {
        string? trimmed = null;
        foreach (var marker in BoilerplateLexicon.TailMarkers)
        {
            if (folded == marker)
            {
                return true;
            }

            // Glued: the marker is followed directly by a capital (lost line break) or by a colon or dash.
            if (folded.StartsWith(marker, StringComparison.Ordinal) && (trimmed ??= line.TrimStart().Replace('\u2019', '\'')).Length > marker.Length)
            {
                var next = trimmed[marker.Length];
                if (char.IsUpper(next) || next is ':' or '-' or '–' or '—' or '|')
                {
                    return true;
                }
            }
        }

        return false;
    }

    internal static string Fold(string line)
    {
        var lower = line.Replace('\u2019', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ').ToLowerInvariant();
        return lower.Trim().Trim('.', ':', '!', '|', '>', '›', '»', '→', '•', '*', '#', '-', '–', '—', '(', ')', '[', ']', ' ', '\t');
    }

    private static bool IsCopyright(string folded, int words) =>
        words <= 40 && (folded.StartsWith('©') || folded.StartsWith("copyright", StringComparison.Ordinal)
            || folded.StartsWith("(c) ", StringComparison.Ordinal) || folded.Contains("all rights reserved", StringComparison.Ordinal)
            || folded.Contains("tous droits réservés", StringComparison.Ordinal));

    private static bool IsCookieNotice(string folded, int words) =>
        words <= 80 && folded.Contains("cookie", StringComparison.Ordinal)
        && CookieContext().IsMatch(folded);

    private static HashSet<string> Flatten(IReadOnlyDictionary<string, string[]> lists) =>
        new(lists.Values.SelectMany(v => v).Select(s => s.Normalize(NormalizationForm.FormC)), StringComparer.Ordinal);

    [GeneratedRegex(@"\b(accept|consent|we use|this site uses|this website uses|privacy|nous utilisons|ce site utilise|accepter|consentement|confidentialité|paramétrer)", RegexOptions.CultureInvariant)]
    private static partial Regex CookieContext();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();
}
