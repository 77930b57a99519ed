using System.Diagnostics.CodeAnalysis;
using NewsBot.Core.Text;

namespace NewsBot.Core.Feeds;

/// <summary>
/// The identities of a feed item, for deduplication: its guid, its canonical URL (<see cref="UrlCanonicalizer"/>) and a hash
/// of its title and text. An item is already seen when ANY of its keys was seen before, so a feed that rewrites guids
/// (same URL), moves URLs (same guid) or re-dates items does not repost them. Dates never take part.
/// Stored per feed as the strings of <see cref="Candidates"/>: "guid:...", "url:...", "hash:...".
/// </summary>
[SuppressMessage("Naming", "CA1720", Justification = "RSS names it guid; the store and the docs use the same word.")]
public sealed record FeedItemKey(string? Guid, string? CanonicalUrl, string? ContentHash)
{
    /// <summary>Text shorter than this does not identify an item by itself (e.g. "Daily briefing" with an empty body).</summary>
    public const int MinHashedTextLength = 40;

    public IReadOnlyList<string> Candidates { get; } = Build(Guid, CanonicalUrl, ContentHash);

    public static FeedItemKey For(FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var guid = string.IsNullOrWhiteSpace(item.Guid) ? null : item.Guid.Trim();
        var url = item.Link is null ? null : UrlCanonicalizer.IdentityKey(item.Link);
        var text = FeedXml.PlainText(item.BestContent) ?? string.Empty;
        var title = item.Title ?? string.Empty;
        // With no guid and no link the hash is the only identity left, so it is used however short the text.
        var hashable = text.Length >= MinHashedTextLength || (guid is null && url is null && (title.Length + text.Length) > 0);
        return new FeedItemKey(guid, url, hashable ? ContentHasher.Hash(title, text) : null);
    }

    /// <summary>True when any key of this item is in <paramref name="seen"/>.</summary>
    public bool IsIn(IReadOnlySet<string> seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        return Candidates.Any(seen.Contains);
    }

    private static List<string> Build(string? guid, string? url, string? hash)
    {
        var keys = new List<string>(3);
        if (guid is not null)
        {
            keys.Add("guid:" + guid);
        }

        if (url is not null)
        {
            keys.Add("url:" + url);
        }

        if (hash is not null)
        {
            keys.Add("hash:" + hash);
        }

        return keys;
    }
}
