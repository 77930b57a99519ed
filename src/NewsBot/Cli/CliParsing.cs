using System.Globalization;
using NewsBot.Core.Search;

namespace NewsBot.Cli;

/// <summary>Parsing helpers shared by the verbs, with messages that show an accepted form.</summary>
internal static class CliParsing
{
    public static bool TryDate(string? text, out DateTimeOffset? date, out string? problem)
    {
        (date, problem) = (null, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            date = parsed;
            return true;
        }

        problem = $"'{text}' is not a date; use 2024-04-23 or 2024-04-23T10:00:00Z.";
        return false;
    }

    /// <summary>
    /// A start time given as a date (<c>2024-04-23</c>, <c>2024-04-23T10:00:00Z</c>) or as a duration back from
    /// <paramref name="now"/>: <c>90m</c>, <c>24h</c>, <c>3d</c>, <c>2w</c>. A time in the future is refused.
    /// </summary>
    public static bool TrySince(string text, DateTimeOffset now, out DateTimeOffset since, out string? problem)
    {
        (since, problem) = (default, null);
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && int.TryParse(trimmed.AsSpan(0, trimmed.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            && char.ToLowerInvariant(trimmed[^1]) switch { 'm' => TimeSpan.FromMinutes(1), 'h' => TimeSpan.FromHours(1), 'd' => TimeSpan.FromDays(1), 'w' => TimeSpan.FromDays(7), _ => (TimeSpan?)null } is { } unit)
        {
            since = amount <= 3650 * TimeSpan.FromDays(1) / unit ? now - (amount * unit) : DateTimeOffset.MinValue;
        }
        else if (TryDate(trimmed, out var date, out _) && date is { } parsed)
        {
            since = parsed;
        }
        else
        {
            problem = $"'{text}' is not a time; use a duration back from now (90m, 24h, 3d, 2w) or a date (2024-04-23, 2024-04-23T10:00:00Z).";
            return false;
        }

        if (since > now)
        {
            problem = $"--since {text} is in the future; nothing can have been indexed after it.";
            return false;
        }

        return true;
    }

    public static int ClampLimit(int limit) => Math.Clamp(limit, 1, SearchRequest.MaxLimit);
}
