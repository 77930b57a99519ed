using NewsBot.Core.Ingest;
using NewsBot.Core.Stories;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Core.Summaries;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Stories;

/// <summary>Story candidates from plain lines, from the seeds and from the benchmark's real (unrelated) news, via the real preparer.</summary>
internal static class StoryArticles
{
    public static readonly DateTimeOffset Noon = new(2024, 4, 23, 12, 0, 0, TimeSpan.Zero);

    public static StoryCandidate FromLines(long id, string language, string title, params string[] sentences) =>
        new(id, "k" + id, title, language, Noon, SentenceFactory.From(sentences));

    public static StoryCandidate Seed(string prefix, long id, DateTimeOffset? time = null)
    {
        var (article, _) = PreparedArticles.Seed(prefix, id);
        return Prepared(article, id, time ?? Noon);
    }

    public static IEnumerable<StoryCandidate> Bench(string file, int count, long firstId)
    {
        var id = firstId;
        foreach (var record in BenchData.ReadJsonLines(file).Take(count))
        {
            var text = record.GetProperty("text").GetString()!;
            var raw = new RawDocument("bench/" + record.GetProperty("id").GetString(), text, DocumentFormat.PlainText);
            PreparedArticle article;
            try
            {
                article = PreparedArticles.Preparer.Prepare(raw);
            }
            catch (DocumentRejectedException)
            {
                continue;
            }

            yield return Prepared(article, id++, Noon);
        }
    }

    private static StoryCandidate Prepared(PreparedArticle article, long id, DateTimeOffset time) =>
        new(id, "k" + id, article.Title, article.Language, time, article.Sentences);
}
