using System.Globalization;
using NewsBot.Core.Feeds;
using NewsBot.Core.Web;

namespace NewsBot.Feeds;

/// <summary>How a feed's status reads in /feed list and <c>newsbot feed list</c>: words, UTC times, redacted URLs.</summary>
public static class FeedText
{
    public static string Status(FeedHealthStatus status) => status switch
    {
        FeedHealthStatus.Paused => "paused",
        FeedHealthStatus.Failing => "failing",
        _ => "healthy",
    };

    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";

    public static string Interval(TimeSpan interval) =>
        interval.TotalHours >= 1 && interval.Minutes == 0 && interval.Seconds == 0
            ? string.Create(CultureInfo.InvariantCulture, $"every {interval.TotalHours:0} h")
            : interval.TotalMinutes >= 1 && interval.Seconds == 0
                ? string.Create(CultureInfo.InvariantCulture, $"every {interval.TotalMinutes:0} min")
                : string.Create(CultureInfo.InvariantCulture, $"every {interval.TotalSeconds:0} s");

    /// <summary>One line per fact: status, interval, last success, last error (redacted), paused reason.</summary>
    public static string Details(StoredFeed feed, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var lines = new List<string>
        {
            $"{Status(feed.StatusFor(options))} · {Interval(feed.IntervalFor(options))} · {UrlRedactor.Redact(feed.Url)}",
            $"last success: {Time(feed.Health.LastSuccessAt)}",
        };
        if (feed.Health.LastError is { } error)
        {
            lines.Add($"last error ({Time(feed.Health.LastFailureAt)}): {error}");
        }

        if (feed.ChannelId is { } channel)
        {
            lines.Add($"posts to <#{channel}>");
        }

        return string.Join('\n', lines);
    }
}
