using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Core.Feeds;

/// <summary>The JSON Feed 1.0/1.1 document as written (https://jsonfeed.org/version/1.1); dates stay strings so a bad one is skipped, not fatal.</summary>
internal sealed record JsonFeedDocument(
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("home_page_url")] string? HomePageUrl,
    [property: JsonPropertyName("feed_url")] string? FeedUrl,
    [property: JsonPropertyName("language")] string? Language,
    [property: JsonPropertyName("authors")] IReadOnlyList<JsonFeedAuthor>? Authors,
    [property: JsonPropertyName("author")] JsonFeedAuthor? Author,
    [property: JsonPropertyName("items")] IReadOnlyList<JsonFeedItem>? Items);

internal sealed record JsonFeedItem(
    // Numbers appear as ids in the wild although the spec says string.
    [property: JsonPropertyName("id")] JsonElement Id,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("external_url")] string? ExternalUrl,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("content_html")] string? ContentHtml,
    [property: JsonPropertyName("content_text")] string? ContentText,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("date_published")] string? DatePublished,
    [property: JsonPropertyName("date_modified")] string? DateModified,
    [property: JsonPropertyName("authors")] IReadOnlyList<JsonFeedAuthor>? Authors,
    [property: JsonPropertyName("author")] JsonFeedAuthor? Author,
    [property: JsonPropertyName("language")] string? Language);

internal sealed record JsonFeedAuthor([property: JsonPropertyName("name")] string? Name);
