using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Indexing;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Readers;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Ingest.Readers;

namespace NewsBot.Tests.Support;

/// <summary>
/// A real SQLite index in a fresh temp folder, with the real readers, preparer, quote extractor and indexer. Deleted when the test ends.
/// </summary>
internal sealed class TestIndex : IDisposable
{
    private readonly string _folder;
    private readonly IDocumentReader[] _readers;

    public TestIndex(long maxFileBytes = 20L * 1024 * 1024, TimeProvider? time = null, IQuoteExtractor? extractor = null)
    {
        _folder = Directory.CreateTempSubdirectory("newsbot-index-").FullName;
        DatabasePath = Path.Combine(_folder, "data", "newsbot.db");
        Database = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = DatabasePath }));
        Time = time ?? TimeProvider.System;
        Store = new SqliteArticleStore(Database, Time);
        Quotes = new SqliteQuoteStore(Database);
        var options = Readers.Options(maxFileBytes);
        IDocumentReader[] readers =
        [
            new PlainTextFileReader(options), new MarkdownFileReader(options), new HtmlFileReader(options),
            new JsonFileReader(options), new JsonLinesFileReader(options),
        ];
        _readers = readers;
        Indexer = IndexerWith(extractor ?? new QuoteExtractor());
    }

    /// <summary>Another indexer on the same database, e.g. with the quote rules of a later release.</summary>
    public ArticleIndexer IndexerWith(IQuoteExtractor extractor) => new(_readers, Readers.Preparer, extractor, Store, Time, NullLogger<ArticleIndexer>.Instance);

    public string DatabasePath { get; }

    public SqliteDatabase Database { get; }

    public TimeProvider Time { get; }

    public SqliteArticleStore Store { get; }

    public SqliteQuoteStore Quotes { get; }

    public ArticleIndexer Indexer { get; }

    public Task<IndexReport> IndexAsync(params string[] paths) => Indexer.IndexPathsAsync(paths);

    /// <summary>Runs SQL on the index directly: to arrange a fault (a trigger, a dropped table) or to inspect what was stored.</summary>
    public async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    /// <summary>The first column of the first row of <paramref name="sql"/>, run on the index directly.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
