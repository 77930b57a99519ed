using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Quotes;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.QuoteIndex;

/// <summary>What happens when saving or reading quotes goes wrong: nothing half-written, a clear error.</summary>
public sealed class QuoteStoreFailureTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public async Task SaveAsync_QuoteRefusedByDatabase_ArticleRolledBackWithItOthersKept()
    {
        var good = QuoteArticles.Prepare("“Traffic is back to normal,” said Linda Okafor, the mayor.", "en", "Port news");
        var second = QuoteArticles.Prepare("“The season looks strong,” said Tom Baker.", "en", "Port update");
        var bad = second with { Raw = second.Raw with { Source = "other-source" } };
        var refused = new Quote(0, 3, bad.Body[..3], QuoteKind.Direct, "Tom Baker", "Tom Baker", "said", null, null, null!, 0.9);

        var results = await _index.Store.SaveAsync([new ArticleToSave(good, QuoteArticles.Extract(good), 1), new ArticleToSave(bad, [refused], 1)]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Failed], results.Select(r => r.Outcome));
        Assert.Equal(1, await _index.Store.CountAsync());
        var quote = Assert.Single(await _index.Quotes.ListAsync(new QuoteQuery()));
        Assert.Equal("Linda Okafor", quote.Speaker);
        Assert.Empty(await _index.Quotes.FindSpeakersAsync("Tom Baker", 5));
    }

    [Fact]
    public async Task SaveAsync_FailedArticleHadAddedASpeaker_LaterArticleOfTheBatchStillGetsThatSpeaker()
    {
        // The failing article inserts the new speaker "Tom Baker" before its quote is refused; rolling it back removes that
        // row, so what the batch had learnt of speakers must be forgotten, or the next article would point at a deleted id.
        var good = QuoteArticles.Prepare("“Traffic is back to normal,” said Linda Okafor, the mayor.", "en", "Port news");
        var second = QuoteArticles.Prepare("“The season looks strong,” said Tom Baker.", "en", "Port update");
        var bad = second with { Raw = second.Raw with { Source = "bad-source" } };
        var refused = new Quote(0, 3, bad.Body[..3], QuoteKind.Direct, "Tom Baker", "Tom Baker", "said", null, null, null!, 0.9);
        var jobs = QuoteArticles.Prepare("“We will hire twenty people,” said Tom Baker, the harbour master.", "en", "Port jobs");
        var third = jobs with { Raw = jobs.Raw with { Source = "third-source" } };

        var results = await _index.Store.SaveAsync(
        [
            new ArticleToSave(good, QuoteArticles.Extract(good), 1),
            new ArticleToSave(bad, [refused], 1),
            new ArticleToSave(third, QuoteArticles.Extract(third), 1),
        ]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Failed, SaveOutcome.Added], results.Select(r => r.Outcome));
        var speaker = Assert.Single(await _index.Quotes.FindSpeakersAsync("Tom Baker", 5));
        var quote = Assert.Single(await _index.Quotes.ListAsync(new QuoteQuery(SpeakerIds: [speaker.Id])));
        Assert.Equal("Tom Baker", quote.Speaker);
        Assert.StartsWith("We will hire twenty people", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_UnknownKindInDatabase_ClearError()
    {
        await _index.IndexAsync(Ingest.SeedFolder.Path);
        await using (var connection = await _index.Database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE quotes SET kind = 'rumour'";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _index.Quotes.ListAsync(new QuoteQuery()));

        Assert.Contains("Unknown quote kind 'rumour'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statements_WrongNumberOfValues_NamesTheStatement()
    {
        await using var connection = await _index.Database.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using var statements = new SqliteStatements(connection, transaction);
        statements.Prepare("count", "SELECT count(*) FROM quotes WHERE article_id = @id", "@id");

        var error = Assert.Throws<ArgumentException>(() => statements.Scalar("count"));

        Assert.Contains("Statement count takes 1 values, not 0", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, statements.Scalar("count", 1L));
    }
}
