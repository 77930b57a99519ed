using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Storage;

/// <summary>Migration 007 on a database made by the previous release (schema 5), where quotes_extracted was 0 or 1.</summary>
public sealed class QuoteRulesVersionMigrationTests : IDisposable
{
    /// <summary>Schema 5 with two articles: one whose quotes were extracted, one stored before quotes existed.</summary>
    private readonly OldSchemaDatabase _old = new(5, """
        INSERT INTO articles (key, source, title, language, language_confidence, indexed_ms, updated_ms, words, content_hash, body, layout, quotes_extracted)
        VALUES ('aaaaaaa', 'a.txt', 'A', 'en', 1, 0, 0, 1, 'ha', 'A.', x'', 1),
               ('bbbbbbb', 'b.txt', 'B', 'en', 1, 0, 0, 1, 'hb', 'B.', x'', 0);
        """);

    public void Dispose() => _old.Dispose();

    [Fact]
    public async Task Open_Version5Database_ExtractedArticlesAreAtRulesVersion1()
    {
        var quotes = new SqliteQuoteStore(_old.Open());

        Assert.Equal(1, await quotes.CountStaleArticlesAsync(1)); // b: never extracted
        Assert.Equal(2, await quotes.CountStaleArticlesAsync(2)); // both, once rules 2 ship
        Assert.Equal(2, (await quotes.ListStaleArticlesAsync(2, afterId: 1, limit: 10)).Single());
    }
}
