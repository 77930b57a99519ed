using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Reads the dates feeds really contain: RFC 3339 / ISO 8601, and RFC 822/1123 with the usual damage (missing or wrong day
/// names, two-digit years, full month names, missing seconds, named zones such as EST or CEST, no zone at all). A date that
/// cannot be read is null, never an error: a wrong date would misorder digests, a missing one only loses a sort key.
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0, ["BST"] = 1, ["CET"] = 1, ["MET"] = 1, ["CEST"] = 2,
        ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7,
        ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7, ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["JST"] = 9, ["KST"] = 9,
        ["AEST"] = 10, ["AEDT"] = 11,
    };

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = Spaces().Replace(value.Trim(), " ");
        if (Rfc822().Match(text) is { Success: true } match)
        {
            return FromRfc822(match);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }

    private static DateTimeOffset? FromRfc822(Match match)
    {
        var monthName = match.Groups["month"].Value.ToLowerInvariant();
        var month = Array.FindIndex(Months, m => monthName.StartsWith(m, StringComparison.Ordinal)) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        year += match.Groups["year"].Length == 2 ? (year < 50 ? 2000 : 1900) : 0;
        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        // Years outside 1900-2200 are typos or junk in a news feed, and would overflow date arithmetic near the edges.
        if (month == 0 || year is < 1900 or > 2200 || day is < 1 or > 31 || hour > 23 || minute > 59 || second > 60 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), Offset(match.Groups["zone"].Value));
    }

    /// <summary>Numeric offsets as written; known names by table; unknown names and military letters as UTC (RFC 2822 §4.3).</summary>
    private static TimeSpan Offset(string zone)
    {
        if (NumericZone().Match(zone) is { Success: true } numeric)
        {
            var hours = int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            var offset = new TimeSpan(hours, minutes, 0);
            return hours > 14 || minutes > 59 ? TimeSpan.Zero : numeric.Groups["sign"].Value == "-" ? -offset : offset;
        }

        return ZoneHours.TryGetValue(zone, out var named) ? TimeSpan.FromHours(named) : TimeSpan.Zero;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})[\s-](?<month>[A-Za-z]{3,9})\.?[\s-](?<year>\d{2,4}),?\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?\s*(?<zone>[A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(?:GMT|UTC)?(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
