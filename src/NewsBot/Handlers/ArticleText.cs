using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>How articles are named and described in replies, the same in every command.</summary>
internal static class ArticleText
{
    /// <summary>Where it came from, as a person would say it: the publisher, else the site, else the file name.</summary>
    public static string SourceLabel(Article article) =>
        article.SourceName
        ?? (Uri.TryCreate(article.Url ?? article.Source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host
            : Path.GetFileName(article.Source.Split('#')[0]));

    public static string Date(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>One line for lists: title, id to type, language, date.</summary>
    public static string ListLine(Article article) =>
        $"**{article.Title}** · `{article.Key}` · {article.Language} · {SourceLabel(article)} · {Date(article.Published ?? article.IndexedAt)}";

    public static IReadOnlyList<ReplyField> Fields(Article article) =>
    [
        new("Id", $"`{article.Key}`", Inline: true),
        new("Language", article.Language, Inline: true),
        new("Source", SourceLabel(article), Inline: true),
        new("Published", Date(article.Published), Inline: true),
        new("Words", article.Words.ToString("N0", CultureInfo.InvariantCulture), Inline: true),
    ];
}
