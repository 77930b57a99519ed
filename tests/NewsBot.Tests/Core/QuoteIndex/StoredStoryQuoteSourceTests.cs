using NewsBot.Core.QuoteIndex;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.QuoteIndex;

/// <summary>The digest's story quote, chosen from the stored quotes of the seeds.</summary>
public sealed class StoredStoryQuoteSourceTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task FindMostNotable_French_DirectQuoteByNamedSpeakerInFrench()
    {
        await _index.IndexAsync(SeedFolder.Path);
        var ids = (await _index.Store.ListAsync(new(Limit: 10))).Select(a => a.Id).ToList();
        var source = new StoredStoryQuoteSource(_index.Quotes);

        var quote = await source.FindMostNotableAsync(ids, "fr", CancellationToken.None);

        Assert.NotNull(quote);
        var stored = (await _index.Quotes.ListAsync(new QuoteQuery(ArticleIds: [quote.ArticleId], Limit: 1000))).First(q => q.Text == quote.Text);
        Assert.Equal("fr", stored.Language);
        Assert.Equal(NewsBot.Core.Quotes.QuoteKind.Direct, stored.Kind);
        Assert.NotEmpty(quote.Speaker);
    }

    [Fact]
    public async Task FindMostNotable_EnglishWithOnlyReportedSpeech_ReportedQuoteInEnglish()
    {
        await _index.IndexAsync(SeedFolder.Path);
        var ids = (await _index.Store.ListAsync(new(Limit: 10))).Select(a => a.Id).ToList();

        var quote = await new StoredStoryQuoteSource(_index.Quotes).FindMostNotableAsync(ids, "en", CancellationToken.None);

        var stored = (await _index.Quotes.ListAsync(new QuoteQuery(ArticleIds: [quote!.ArticleId], Limit: 1000))).First(q => q.Text == quote.Text);
        Assert.Equal("en", stored.Language);
    }

    [Fact]
    public async Task FindMostNotable_NoArticlesOrNoQuotes_Null()
    {
        var source = new StoredStoryQuoteSource(_index.Quotes);

        Assert.Null(await source.FindMostNotableAsync([], "en", CancellationToken.None));
        Assert.Null(await source.FindMostNotableAsync([12345], null, CancellationToken.None));
    }
}
