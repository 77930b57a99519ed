using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Core.Feeds;

/// <summary>
/// One entry of a feed, as the feed states it. Links are absolute (resolved against xml:base or the feed URL); text fields
/// are trimmed, entity-decoded and null when absent or blank.
/// </summary>
/// <param name="Guid">The entry's own identifier (RSS guid, Atom id, RDF about, JSON Feed id).</param>
/// <param name="Title">Plain text: markup in titles is removed.</param>
/// <param name="Summary">The short description, as HTML (RSS description, Atom summary, JSON Feed summary).</param>
/// <param name="ContentHtml">The full content, as HTML, when the feed carries it (content:encoded, Atom content, content_html).</param>
/// <param name="Language">The entry's language tag, falling back to the feed's.</param>
[SuppressMessage("Naming", "CA1720", Justification = "RSS names it guid; the store and the docs use the same word.")]
public sealed record FeedItem(
    string? Guid,
    Uri? Link,
    string? Title,
    DateTimeOffset? Published,
    string? Summary,
    string? ContentHtml,
    string? Author,
    string? Language)
{
    /// <summary>The richest content the feed gives: the full content, else the summary.</summary>
    public string? BestContent => ContentHtml ?? Summary;
}
