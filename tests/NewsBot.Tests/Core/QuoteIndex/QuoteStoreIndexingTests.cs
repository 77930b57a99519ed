using Microsoft.Data.Sqlite;
using NewsBot.Core.Ingest;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.QuoteIndex;

/// <summary>Quotes written by indexing, in the article's transaction, on a real SQLite file.</summary>
public sealed class QuoteStoreIndexingTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    private Task<IReadOnlyList<StoredQuote>> AllQuotesAsync() => _index.Quotes.ListAsync(new QuoteQuery(Limit: QuoteQuery.MaxLimit));

    [Fact]
    public async Task IndexSeeds_QuotesStored_TextIsVerbatimSliceOfStoredBody()
    {
        await _index.IndexAsync(SeedFolder.Path);

        var quotes = await AllQuotesAsync();

        Assert.True(quotes.Count >= 10, $"only {quotes.Count} quotes stored");
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Partial);
        foreach (var quote in quotes)
        {
            var body = (await _index.Store.GetDetailAsync(quote.Article.Id))!.Body;
            Assert.Equal(body[quote.Start..quote.End], quote.Text);
            if (quote.Kind is QuoteKind.Direct or QuoteKind.Partial)
            {
                Assert.Contains(quote.Text, body, StringComparison.Ordinal);
            }
        }

        var kostarev = Assert.Single(quotes, q => q.Speaker == "Gleb Kostarev");
        Assert.Equal("Binance", kostarev.Affiliation);
        Assert.StartsWith("responsable", kostarev.Role, StringComparison.Ordinal);
        Assert.Equal("fr", kostarev.Language);
        Assert.NotNull(kostarev.AffiliationId);
    }

    [Fact]
    public async Task IndexSeeds_Twice_SameQuotesUntouched()
    {
        await _index.IndexAsync(SeedFolder.Path);
        var first = await AllQuotesAsync();

        var report = await _index.IndexAsync(SeedFolder.Path);
        var second = await AllQuotesAsync();

        Assert.Equal(2, report.Unchanged);
        Assert.Equal(first.Select(q => (q.Id, q.Text)), second.Select(q => (q.Id, q.Text)));
    }

    [Fact]
    public async Task Index_UpdatedArticle_ReplacesItsQuotesAndDropsSpeakersLeftWithout()
    {
        var file = Path.Combine(Path.GetDirectoryName(_index.DatabasePath)!, "..", "harbour.txt");
        await File.WriteAllTextAsync(file, "Harbour traffic\n\n“Traffic is back to normal,” said Sarah Quinn, the port director.");
        await _index.IndexAsync(file);

        await File.WriteAllTextAsync(file, "Harbour traffic\n\n“We expect a record season,” said Tom Baker, the harbour master.");
        var report = await _index.IndexAsync(file);

        Assert.Equal(1, report.Updated);
        var quote = Assert.Single(await AllQuotesAsync());
        Assert.Equal("We expect a record season", quote.Text);
        Assert.Equal("Tom Baker", quote.Speaker);
        Assert.Empty(await _index.Quotes.FindSpeakersAsync("Sarah Quinn", 5));
        Assert.Equal(["Tom Baker"], (await _index.Quotes.ListSpeakersAsync(null, 10)).Select(s => s.Name));
    }

    [Fact]
    public async Task Index_ArticleStoredBeforeQuotes_GetsQuotesWhenReindexedUnchanged()
    {
        await _index.IndexAsync(SeedFolder.Path);
        var before = (await AllQuotesAsync()).Count;
        await using (var connection = await _index.Database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM quotes; DELETE FROM speakers; UPDATE articles SET quote_rules_version = 0;";
            await command.ExecuteNonQueryAsync();
        }

        var report = await _index.IndexAsync(SeedFolder.Path);

        Assert.Equal(2, report.Unchanged);
        Assert.Equal(before, (await AllQuotesAsync()).Count);
    }

    [Fact]
    public async Task Index_ExtractorThrows_ArticleIndexedWithoutQuotes()
    {
        using var index = new TestIndex(extractor: new ThrowingExtractor());

        var report = await index.IndexAsync(SeedFolder.Path);

        Assert.Equal(2, report.Added);
        Assert.Empty(report.Problems);
        Assert.Empty(await index.Quotes.ListAsync(new QuoteQuery()));
    }

    [Fact]
    public async Task DeleteArticle_CascadesToItsQuotes()
    {
        await _index.IndexAsync(SeedFolder.Path);
        await using var connection = await _index.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM articles";
        await command.ExecuteNonQueryAsync();

        Assert.Empty(await AllQuotesAsync());
    }

    [Fact]
    public async Task CountByKindAndLanguage_Seeds_CountsEveryQuoteOnce()
    {
        await _index.IndexAsync(SeedFolder.Path);

        var counts = await _index.Quotes.CountByKindAndLanguageAsync();

        Assert.Equal((await AllQuotesAsync()).Count, counts.Sum(c => c.Count));
        Assert.Contains(counts, c => c is { Kind: "reported", Language: "en" });
        Assert.Contains(counts, c => c is { Kind: "direct", Language: "fr" });
    }

    private sealed class ThrowingExtractor : IQuoteExtractor
    {
        public int RulesVersion => 1;

        public IReadOnlyList<Quote> Extract(PreparedArticle article) => throw new InvalidOperationException("extractor bug");
    }
}
