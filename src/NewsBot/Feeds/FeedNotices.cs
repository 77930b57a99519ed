using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingest;
using NewsBot.Core.Web;
using NewsBot.Replies;

namespace NewsBot.Feeds;

/// <summary>The posts feeds make on their own: new items, "this feed is failing", "this feed is paused, here is how to resume".</summary>
public static class FeedNotices
{
    /// <summary>New items shown per post; the rest are indexed and counted, not posted (a busy feed must not flood a channel).</summary>
    public const int MaxItemsPerPost = 10;

    public static string Label(StoredFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return string.Create(CultureInfo.InvariantCulture, $"#{feed.Id} {feed.Name ?? feed.Url.Host}");
    }

    public static Reply Failing(StoredFeed feed, FeedHealth health, int pauseAfter)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(health);
        return Reply.Of(new ReplyCard($"Feed {Label(feed)} is failing",
            string.Create(CultureInfo.InvariantCulture,
                $"The last {health.ConsecutiveFailures} polls of {UrlRedactor.Redact(feed.Url)} failed. NewsBot keeps trying; after {pauseAfter} failures in a row it pauses the feed."),
            Fields: [new("Last error", health.LastError ?? "unknown")]));
    }

    public static Reply Paused(StoredFeed feed, string reason)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var id = feed.Id.ToString(CultureInfo.InvariantCulture);
        return Reply.Of(new ReplyCard($"Feed {Label(feed)} is paused",
            $"NewsBot stopped polling {UrlRedactor.Redact(feed.Url)}: {reason}. Once the feed works again, resume it with /feed resume id:{id} " +
            $"(or `newsbot feed resume {id}`); /feed remove id:{id} stops following it."));
    }

    public static Reply NewItems(StoredFeed feed, IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(documents);
        var cards = documents.Take(MaxItemsPerPost)
            .Select(d => new ReplyCard(d.Title ?? d.Url ?? d.Source, Url: d.Url, Footer: d.SourceName ?? feed.Name, Timestamp: d.Published))
            .ToList();
        var more = documents.Count - cards.Count;
        return new Reply(cards, more > 0 ? string.Create(CultureInfo.InvariantCulture, $"{more} more new items from {Label(feed)} were indexed.") : null);
    }

    /// <summary>A short id for Discord's enforce_nonce (at most 25 characters), the same for the same notice.</summary>
    public static string Nonce(string seed) => "nb" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..20];
}
