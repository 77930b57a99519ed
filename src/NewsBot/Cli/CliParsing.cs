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

    public static int ClampLimit(int limit) => Math.Clamp(limit, 1, SearchRequest.MaxLimit);
}
