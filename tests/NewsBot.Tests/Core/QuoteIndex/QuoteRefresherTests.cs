using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Indexing;
using NewsBot.Core.Ingest;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.QuoteIndex;

/// <summary>
/// Quotes of stored articles extracted again when the rules' version goes up (an upgrade), on a real SQLite file: by the
/// refresher from the stored text, and by re-indexing unchanged files.
/// </summary>
public sealed class QuoteRefresherTests : IDisposable
{
    // The "old release": rules that found nothing. The "upgrade": the real rules under a higher version.
    private readonly TestIndex _index = new(extractor: new VersionedExtractor(1, _ => []));
    private readonly VersionedExtractor _upgraded = new(2, new QuoteExtractor().Extract);

    public void Dispose() => _index.Dispose();

    private QuoteRefresher Refresher(IQuoteExtractor extractor) =>
        new(_index.Store, _index.Quotes, extractor, TimeProvider.System, NullLogger<QuoteRefresher>.Instance);

    private async Task<IReadOnlyList<StoredQuote>> AllQuotesAsync() => await _index.Quotes.ListAsync(new QuoteQuery(Limit: QuoteQuery.MaxLimit));

    [Fact]
    public async Task Refresh_ArticlesFromOlderRules_QuotesExtractedAgainFromStoredText()
    {
        await _index.IndexAsync(SeedFolder.Path);
        Assert.Empty(await AllQuotesAsync());
        var refresher = Refresher(_upgraded);
        Assert.Equal(2, await refresher.CountStaleAsync());
        var reported = new List<(int Done, int Total)>();

        var refreshed = await refresher.RefreshAsync(new SynchronousProgress<(int, int)>(reported.Add));

        Assert.Equal(2, refreshed);
        Assert.Equal([(2, 2)], reported);
        var quotes = await AllQuotesAsync();
        Assert.True(quotes.Count >= 10, $"only {quotes.Count} quotes");
        Assert.Contains(quotes, q => q.Speaker == "Gleb Kostarev");
        foreach (var quote in quotes)
        {
            Assert.Equal((await _index.Store.GetDetailAsync(quote.Article.Id))!.Body[quote.Start..quote.End], quote.Text);
        }

        Assert.Equal(0, await refresher.CountStaleAsync());
        Assert.Equal(0, await refresher.RefreshAsync()); // done once: the next start does nothing
    }

    [Fact]
    public async Task Refresh_SameRulesVersion_NothingToDo()
    {
        await _index.IndexAsync(SeedFolder.Path);

        Assert.Equal(0, await Refresher(new VersionedExtractor(1, new QuoteExtractor().Extract)).RefreshAsync());
        Assert.Empty(await AllQuotesAsync());
    }

    [Fact]
    public async Task Index_UnchangedFilesAfterUpgrade_QuotesExtractedAgain()
    {
        await _index.IndexAsync(SeedFolder.Path);
        var report = await _index.IndexerWith(_upgraded).IndexPathsAsync([SeedFolder.Path]);

        Assert.Equal(2, report.Unchanged);
        Assert.NotEmpty(await AllQuotesAsync());
        Assert.Equal(0, await Refresher(_upgraded).CountStaleAsync());
    }

    [Fact]
    public async Task ReplaceQuotes_ArticleChangedSinceItWasRead_LeftAlone()
    {
        await _index.IndexAsync(SeedFolder.Path);
        var article = (await _index.Store.ListAsync(new NewsBot.Core.Articles.ArticleListQuery()))[0];
        var detail = (await _index.Store.GetDetailAsync(article.Id))!;
        var quotes = _upgraded.Extract(detail.ToPreparedArticle());
        Assert.NotEmpty(quotes);

        var stale = await _index.Quotes.ReplaceQuotesAsync([new ArticleQuotes(article.Id, "another-hash", quotes)], 2);
        var missing = await _index.Quotes.ReplaceQuotesAsync([new ArticleQuotes(article.Id + 1000, article.ContentHash, quotes)], 2);
        var replaced = await _index.Quotes.ReplaceQuotesAsync([new ArticleQuotes(article.Id, article.ContentHash, quotes)], 2);
        var again = await _index.Quotes.ReplaceQuotesAsync([new ArticleQuotes(article.Id, article.ContentHash, [])], 2);

        Assert.Equal((0, 0, 1, 0), (stale, missing, replaced, again));
        Assert.Equal(quotes.Count, (await AllQuotesAsync()).Count); // the second, empty replacement at the same version was refused
    }

    [Fact]
    public async Task Refresh_ExtractorFailsOnOneArticle_OthersRefreshedAndTheRunEnds()
    {
        await _index.IndexAsync(SeedFolder.Path);
        var failingOnFrench = new VersionedExtractor(2, a => a.Language == "fr" ? throw new InvalidOperationException("rules bug") : new QuoteExtractor().Extract(a));
        var refresher = Refresher(failingOnFrench);

        var refreshed = await refresher.RefreshAsync();

        Assert.Equal(2, refreshed);
        Assert.Equal(["en"], (await AllQuotesAsync()).Select(q => q.Language).Distinct());
        Assert.Equal(0, await refresher.CountStaleAsync()); // the failed article is not retried at every start
    }

    private sealed class VersionedExtractor(int version, Func<PreparedArticle, IReadOnlyList<Quote>> extract) : IQuoteExtractor
    {
        public int RulesVersion => version;

        public IReadOnlyList<Quote> Extract(PreparedArticle article) => extract(article);
    }

    /// <summary>Reports on the caller's thread, so the list is complete when RefreshAsync returns.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
