using Microsoft.Extensions.Options;
using NewsBot.Core.Web;

namespace NewsBot.Core.Feeds;

/// <summary>Checks <see cref="IngestOptions"/> at start, naming each wrong key, so a typo fails loudly instead of polling wrongly.</summary>
public sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Check(errors, options.FetchTimeout > TimeSpan.Zero && options.FetchTimeout <= TimeSpan.FromMinutes(10),
            "Ingest:FetchTimeout must be between 00:00:00 and 00:10:00 (exclusive of zero).");
        Check(errors, options.MaxResponseBytes is > 0 and <= int.MaxValue, "Ingest:MaxResponseBytes must be between 1 and 2147483647.");
        Check(errors, options.MaxRedirects is >= 0 and <= 20, "Ingest:MaxRedirects must be between 0 and 20.");
        Check(errors, !string.IsNullOrWhiteSpace(options.UserAgent) && FetchMessages.IsValidUserAgent(options.UserAgent),
            "Ingest:UserAgent must be a valid User-Agent header, e.g. \"NewsBot/1.0 (+https://example.org/bot)\".");
        Check(errors, options.PollInterval >= TimeSpan.FromMinutes(1), "Ingest:PollInterval must be at least 00:01:00.");
        Check(errors, options.FeedSyncInterval >= TimeSpan.FromSeconds(1) && options.FeedSyncInterval <= TimeSpan.FromDays(1),
            "Ingest:FeedSyncInterval must be between 00:00:01 and 1.00:00:00.");
        Check(errors, options.MaxConcurrentFetches is >= 1 and <= 64, "Ingest:MaxConcurrentFetches must be between 1 and 64.");
        Check(errors, options.MaxConcurrentPolls is >= 1 and <= 16, "Ingest:MaxConcurrentPolls must be between 1 and 16.");
        Check(errors, options.SeenKeyRetention >= TimeSpan.FromDays(1), "Ingest:SeenKeyRetention must be at least 1.00:00:00 (one day).");
        Check(errors, options.MaxItemsPerPoll >= 1, "Ingest:MaxItemsPerPoll must be at least 1.");
        Check(errors, options.WarnAfterFailures >= 1, "Ingest:WarnAfterFailures must be at least 1.");
        Check(errors, options.PauseAfterFailures >= options.WarnAfterFailures,
            "Ingest:PauseAfterFailures must be at least Ingest:WarnAfterFailures.");
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var valid = Uri.TryCreate(feed.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
            Check(errors, valid, $"Ingest:Feeds:{i}:Url '{UrlRedactor.Redact(feed.Url)}' must be an absolute http or https URL.");
            Check(errors, feed.PollInterval is null || feed.PollInterval >= TimeSpan.FromMinutes(1),
                $"Ingest:Feeds:{i}:PollInterval must be at least 00:01:00.");
            Check(errors, feed.ChannelId is null || (feed.ChannelId.Length > 0 && feed.ChannelId.All(char.IsAsciiDigit)),
                $"Ingest:Feeds:{i}:ChannelId must be a channel id (digits only).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, bool condition, string message)
    {
        if (!condition)
        {
            errors.Add(message);
        }
    }
}
