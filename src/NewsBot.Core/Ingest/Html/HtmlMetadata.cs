using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Text;

namespace NewsBot.Core.Ingest.Html;

/// <summary>What a page says about itself: title, publication date, canonical URL and language, from meta tags and markup.</summary>
internal static class HtmlMetadata
{
    private static readonly string[] DateSelectors =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name='dc.date']", "meta[name='DC.date.issued']",
        "meta[name='parsely-pub-date']", "meta[name='sailthru.date']", "meta[property='og:published_time']",
    ];

    public static string? Title(IDocument document)
    {
        var og = Meta(document, "meta[property='og:title']") ?? Meta(document, "meta[name='twitter:title']");
        var h1 = Clean(document.QuerySelector("article h1, main h1, h1")?.TextContent);
        var title = Clean(document.Title);
        return og ?? h1 ?? (title is null ? null : WithoutSiteName(title));
    }

    public static DateTimeOffset? Published(IDocument document)
    {
        foreach (var selector in DateSelectors)
        {
            if (ParseDate(Meta(document, selector)) is { } date)
            {
                return date;
            }
        }

        var time = document.QuerySelector("article time[datetime], time[itemprop=datePublished], time[datetime]");
        return ParseDate(time?.GetAttribute("datetime")) ?? JsonLdDate(document);
    }

    public static Uri? Canonical(IDocument document, Uri? baseUrl)
    {
        var href = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "meta[property='og:url']");
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        return baseUrl is not null && Uri.TryCreate(baseUrl, href.Trim(), out var resolved) ? resolved
            : Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) ? absolute : null;
    }

    public static string? Language(IDocument document) =>
        LanguageCodes.Normalize(document.DocumentElement?.GetAttribute("lang"))
        ?? LanguageCodes.Normalize(Meta(document, "meta[http-equiv='content-language']"))
        ?? LanguageCodes.Normalize(Meta(document, "meta[property='og:locale']"));

    internal static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value?.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    private static DateTimeOffset? JsonLdDate(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return ParseDate(value.GetString());
                }
            }
            catch (JsonException)
            {
                // Broken structured data is common; the other sources of a date still apply.
            }
        }

        return null;
    }

    private static string? Meta(IDocument document, string selector) => Clean(document.QuerySelector(selector)?.GetAttribute("content"));

    private static string? Clean(string? text)
    {
        var normalized = text is null ? null : TextNormalizer.NormalizeLine(text).Trim();
        return string.IsNullOrEmpty(normalized) ? null : normalized;
    }

    /// <summary>"Binance denies claims | CryptoNews" keeps the longest part: site names are usually the short one.</summary>
    private static string WithoutSiteName(string title)
    {
        var parts = title.Split([" | ", " - ", " – ", " — ", " :: "], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts.MaxBy(p => p.Length)!.Trim() : title;
    }
}
