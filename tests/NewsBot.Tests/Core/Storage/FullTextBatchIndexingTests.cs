using NewsBot.Core.Articles;
using NewsBot.Core.Search;
using NewsBot.Tests.Core.Quotes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>
/// New articles enter the full-text indexes once per batch (SqliteArticleWriter.IndexPending): one index segment per batch,
/// and the indexes match the stored articles whatever happens inside the batch (the same source twice, a failing article).
/// </summary>
public sealed class FullTextBatchIndexingTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task SaveAsync_OneBatch_BecomesOneSegmentOfEachFullTextIndex()
    {
        var results = await _index.Store.SaveAsync(Articles(30));

        Assert.All(results, r => Assert.Equal(SaveOutcome.Added, r.Outcome));
        // One INSERT per index for the batch; an insert per article made FTS5 flush a segment at every statement.
        Assert.Equal(1L, (long?)await _index.ScalarAsync("SELECT count(DISTINCT segid) FROM articles_fts_idx"));
        Assert.Equal(1L, (long?)await _index.ScalarAsync("SELECT count(DISTINCT segid) FROM article_titles_fts_idx"));
        Assert.Single(await SearchAsync("berth1707"));
        Assert.Equal(30L, (long?)await _index.ScalarAsync("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'"));
        Assert.Equal(30L, (long?)await _index.ScalarAsync("SELECT count(*) FROM article_titles_fts WHERE article_titles_fts MATCH 'harbour'"));
        await AssertIndexesMatchArticlesAsync();
    }

    [Fact]
    public async Task SaveAsync_SameSourceTwiceInOneBatch_IndexHoldsOnlyTheSecondText()
    {
        var first = Article("Walrus sighting at the pier", "A walrus slept on the pier all morning.", "pier.txt");
        var second = Article("Narwhal sighting at the pier", "A narwhal swam past the pier all morning.", "pier.txt");

        var results = await _index.Store.SaveAsync([first, second]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Updated], results.Select(r => r.Outcome));
        Assert.Single(await SearchAsync("narwhal"));
        Assert.Empty(await SearchAsync("walrus"));
        await AssertIndexesMatchArticlesAsync();
    }

    [Fact]
    public async Task SaveAsync_ArticleFailsAfterItsRowWasWritten_OthersIndexedFailedOneNot()
    {
        // The article's row is written, then its quote is refused: rolled back to its savepoint, its id is free again and
        // the next article gets it, so the batch must not index the failed article's id a second time.
        await RefuseAsync("INSERT ON quotes", "new.text LIKE '%albatross%'");
        var batch = Articles(5).ToList();
        var refused = QuoteArticles.Prepare("\"The albatross is back on the harbour wall,\" said harbour master Jane Smith on Monday.", "en", "Albatross returns");
        var quotes = QuoteArticles.Extract(refused);
        Assert.NotEmpty(quotes);
        batch.Insert(2, new ArticleToSave(refused with { Raw = refused.Raw with { Source = "albatross.txt" } }, quotes, 1));

        var results = await _index.Store.SaveAsync(batch);

        Assert.Equal(SaveOutcome.Failed, results[2].Outcome);
        Assert.Contains("refused by the test trigger", results[2].Problem, StringComparison.Ordinal);
        Assert.Equal(5, results.Count(r => r.Outcome == SaveOutcome.Added));
        Assert.Empty(await SearchAsync("albatross"));
        Assert.Single(await SearchAsync("berth1201"));
        await AssertIndexesMatchArticlesAsync();
    }

    [Fact]
    public async Task SaveAsync_UpdateOfArticleAddedInBatchFails_FirstVersionStaysIndexed()
    {
        // The update takes the first version out of the index, so the batch indexes it first; rolling the failed update
        // back to its savepoint undoes that indexing, and the first version must then be indexed again with the batch.
        await RefuseAsync("UPDATE ON articles", "new.title LIKE 'Refused%'");
        var first = Article("Walrus sighting at the pier", "A walrus slept on the pier all morning.", "pier.txt");
        var refused = Article("Refused narwhal sighting", "A narwhal swam past the pier all morning.", "pier.txt");

        var results = await _index.Store.SaveAsync([first, refused, .. Articles(2)]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Failed, SaveOutcome.Added, SaveOutcome.Added], results.Select(r => r.Outcome));
        Assert.Single(await SearchAsync("walrus"));
        Assert.Empty(await SearchAsync("narwhal"));
        await AssertIndexesMatchArticlesAsync();
    }

    [Fact]
    public async Task SaveAsync_FullTextIndexCannotBeWritten_ClearErrorNothingOfTheBatchSaved()
    {
        // The batch's own statements succeed; the one that indexes the batch fails, so nothing of the batch may remain.
        await _index.Store.SaveAsync(Articles(1));
        await _index.ExecuteAsync("DROP TRIGGER article_titles_fts_update; DROP TRIGGER article_titles_fts_delete; DROP TABLE article_titles_fts;");

        var error = await Assert.ThrowsAsync<ArticleStoreException>(() => _index.Store.SaveAsync(Articles(4).Skip(1).ToList()));

        Assert.Contains("no such table: article_titles_fts", error.Message, StringComparison.Ordinal);
        Assert.Contains("None of the 3 articles of this batch were saved", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await _index.Store.CountAsync());
        await _index.ExecuteAsync("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
    }

    private static ArticleToSave Article(string title, string text, string source)
    {
        var article = QuoteArticles.Prepare(text, "en", title);
        return new ArticleToSave(article with { Raw = article.Raw with { Source = source } }, [], 1);
    }

    private static IReadOnlyList<ArticleToSave> Articles(int count) => [.. Enumerable.Range(0, count).Select(i =>
        Article($"Harbour story {i}", string.Join(' ', Enumerable.Range(0, 20).Select(j => $"The harbour board agreed plan {j} for berth{i * 100 + j + 1000}.")), $"harbour-{i}.txt"))];

    private Task<IReadOnlyList<SearchHit>> SearchAsync(string query) => _index.Store.SearchAsync(new SearchRequest(SearchQueryParser.Parse(query)));

    /// <summary>A trigger that fails the statement (<paramref name="statement"/>, e.g. "INSERT ON quotes") for the rows matching <paramref name="when"/>.</summary>
    private Task RefuseAsync(string statement, string when) => _index.ExecuteAsync(
        $"CREATE TRIGGER refuse BEFORE {statement} WHEN {when} BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END");

    /// <summary>FTS5's check with rank 1 also compares each index with the articles table it indexes.</summary>
    private async Task AssertIndexesMatchArticlesAsync()
    {
        await _index.ExecuteAsync("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)");
        await _index.ExecuteAsync("INSERT INTO article_titles_fts (article_titles_fts, rank) VALUES ('integrity-check', 1)");
    }
}
