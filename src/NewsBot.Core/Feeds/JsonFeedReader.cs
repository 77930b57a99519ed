using System.Text.Json;
using NewsBot.Core.Ingest.Readers;

namespace NewsBot.Core.Feeds;

/// <summary>JSON Feed 1.0 and 1.1, read with the source-generated <see cref="JsonFeedContext"/>.</summary>
internal static class JsonFeedReader
{
    private const string VersionPrefix = "https://jsonfeed.org/version/1";

    public static ParsedFeed Read(ReadOnlySpan<byte> utf8, Uri feedUrl)
    {
        JsonFeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, JsonFeedContext.Default.JsonFeedDocument);
        }
        catch (JsonException e)
        {
            throw new FeedParseException("the JSON Feed is " + JsonErrors.Describe(e), e);
        }

        if (document is null || document.Version is null || !document.Version.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            throw new FeedParseException($"the JSON document is not a JSON Feed: \"version\" must start with {VersionPrefix}");
        }

        if (document.Items is null)
        {
            throw new FeedParseException("the JSON Feed has no \"items\" array");
        }

        var feedAuthor = AuthorOf(document.Authors, document.Author);
        var items = document.Items.Where(i => i is not null).Select(i => Item(i, feedUrl, feedAuthor, document.Language)).ToList();
        return new ParsedFeed(FeedFormat.JsonFeed, FeedXml.PlainText(document.Title), Link(document.HomePageUrl, feedUrl), Blank(document.Language), items);
    }

    private static FeedItem Item(JsonFeedItem item, Uri feedUrl, string? feedAuthor, string? feedLanguage)
    {
        var id = item.Id.ValueKind switch
        {
            JsonValueKind.String => Blank(item.Id.GetString()),
            JsonValueKind.Number => item.Id.GetRawText(),
            _ => null,
        };
        var content = Blank(item.ContentHtml) ?? (Blank(item.ContentText) is { } text ? FeedXml.TextToHtml(text) : null);
        return new FeedItem(id, Link(item.Url, feedUrl) ?? Link(item.ExternalUrl, feedUrl), FeedXml.PlainText(item.Title),
            FeedDates.Parse(item.DatePublished) ?? FeedDates.Parse(item.DateModified), Blank(item.Summary), content,
            AuthorOf(item.Authors, item.Author) ?? feedAuthor, Blank(item.Language) ?? Blank(feedLanguage));
    }

    private static string? AuthorOf(IReadOnlyList<JsonFeedAuthor>? authors, JsonFeedAuthor? author)
    {
        var names = (authors ?? []).Append(author).Select(a => FeedXml.PlainText(a?.Name)).OfType<string>().Distinct().ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static Uri? Link(string? href, Uri feedUrl) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(feedUrl, href.Trim(), out var url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
