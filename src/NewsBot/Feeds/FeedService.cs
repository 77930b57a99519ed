using System.Globalization;
using NewsBot.Core.Feeds;
using NewsBot.Core.Web;

namespace NewsBot.Feeds;

/// <summary>
/// Adding, listing, removing and resuming feeds, for the /feed command and the <c>feed</c> CLI verb alike. A URL is checked
/// before it is stored: fetched once through <see cref="ISafeHttpFetcher"/> (private addresses refused) and parsed, so a
/// mistyped address or a web page fails at once with what was found instead of failing every poll later.
/// </summary>
public sealed class FeedService(IFeedStore store, ISafeHttpFetcher fetcher, IFeedSchedule schedule)
{
    private const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    public async Task<FeedChange> AddAsync(string url, string? guildId, string? channelId, string? addedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return FeedChange.Fail($"'{UrlRedactor.Redact(url)}' is not an http or https URL. Give the feed's full address, e.g. https://example.org/rss.xml.");
        }

        var shown = UrlRedactor.Redact(uri);
        if (await store.FindAsync(guildId, uri, cancellationToken) is { } existing)
        {
            return FeedChange.Fail($"{shown} is already followed here as feed {FeedNotices.Label(existing)}. /feed list shows it.");
        }

        ParsedFeed parsed;
        switch (await fetcher.FetchAsync(new FetchRequest(uri, Accept: FeedAccept), cancellationToken))
        {
            case FetchRefused refused:
                return FeedChange.Fail($"NewsBot will not fetch {shown}: {refused.Reason}. Feeds must be on the public internet.");
            case FetchFailed failed:
                return FeedChange.Fail($"Could not fetch {shown}: {failed.Reason}. Check the address and try again.");
            case FetchSucceeded body:
                try
                {
                    parsed = FeedParser.Parse(body.Body, body.FinalUrl, body.Charset);
                }
                catch (FeedParseException e)
                {
                    return FeedChange.Fail($"{shown} is not a feed: {e.Message}.");
                }

                break;
            default:
                return FeedChange.Fail($"{shown} answered 304 Not Modified to a plain request; it does not look like a feed.");
        }

        var feed = await store.AddAsync(new NewFeed(uri, parsed.Title, guildId, channelId, null, addedBy), cancellationToken);
        if (feed is null)
        {
            // Added by someone else between the check and now.
            return FeedChange.Fail($"{shown} is already followed here. /feed list shows it.");
        }

        await schedule.ScheduleAsync(feed, pollNow: true, cancellationToken);
        return new FeedChange(feed, null, parsed);
    }

    public Task<IReadOnlyList<StoredFeed>> ListAsync(string? guildId, CancellationToken cancellationToken) => store.ListAsync(guildId, cancellationToken);

    public async Task<FeedChange> RemoveAsync(long id, string? guildId, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(id, guildId, cancellationToken) is not { } feed)
        {
            return FeedChange.Fail(Unknown(id));
        }

        if (feed.AddedBy == FeedStartupService.ConfigurationAuthor)
        {
            return FeedChange.Fail($"Feed {FeedNotices.Label(feed)} comes from the configuration (Ingest:Feeds); remove it there, or it comes back at the next start.");
        }

        await schedule.UnscheduleAsync(id, cancellationToken);
        return await store.RemoveAsync(id, cancellationToken) ? new FeedChange(feed, null) : FeedChange.Fail(Unknown(id));
    }

    public async Task<FeedChange> ResumeAsync(long id, string? guildId, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(id, guildId, cancellationToken) is null || await store.ResumeAsync(id, cancellationToken) is not { } feed)
        {
            return FeedChange.Fail(Unknown(id));
        }

        await schedule.ScheduleAsync(feed, pollNow: true, cancellationToken);
        return new FeedChange(feed, null);
    }

    /// <summary>A server sees its own feeds and the global ones; another server's feed is "unknown", not "forbidden".</summary>
    public async Task<StoredFeed?> VisibleAsync(long id, string? guildId, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } feed && (guildId is null || feed.GuildId is null || feed.GuildId == guildId) ? feed : null;

    private static string Unknown(long id) =>
        string.Create(CultureInfo.InvariantCulture, $"There is no feed #{id} here. /feed list (or `newsbot feed list`) shows the ids.");
}
