using NewsBot.Core.Articles;
using NewsBot.Core.Ingest;
using NewsBot.Tests.Core.Stories;
using NewsBot.Tests.Core.Summaries;

namespace NewsBot.Tests.Core.Digests;

/// <summary>Stored-article shapes (<see cref="ArticleDetail"/>) for the composer, from the seeds or from plain lines.</summary>
internal static class DigestArticles
{
    /// <summary>An article about an unrelated event: a rail strike in France.</summary>
    public static readonly string[] RailStrike =
    [
        "Train drivers walked out on Monday across France, the union CGT said, halting most services run by SNCF.",
        "Transport minister Clement Beaune urged the CGT and SNCF management to resume talks before the holidays.",
        "Commuters in Lyon and Marseille faced long delays, and SNCF said Eurostar trains to London would also be cut.",
        "The CGT plans a second strike on December 12 if SNCF does not raise wages.",
    ];

    public static ArticleDetail Seed(string prefix, long id, DateTimeOffset? time = null)
    {
        var (article, _) = PreparedArticles.Seed(prefix, id);
        return From(article, id, time);
    }

    public static ArticleDetail Lines(long id, string language, string title, params string[] sentences)
    {
        var list = SentenceFactory.From(sentences);
        var body = string.Join("\n\n", sentences);
        return new ArticleDetail(Article(id, title, language, StoryArticles.Noon, "https://example.org/" + id), body, [], list);
    }

    private static ArticleDetail From(PreparedArticle prepared, long id, DateTimeOffset? time) =>
        new(Article(id, prepared.Title, prepared.Language, time ?? StoryArticles.Noon, null), prepared.Body, prepared.Paragraphs, prepared.Sentences);

    private static Article Article(long id, string title, string language, DateTimeOffset time, string? url) =>
        new(id, "k" + id, null, title, language, 0.99, "test/" + id, null, url, time, time, time, 100, "hash" + id);
}
