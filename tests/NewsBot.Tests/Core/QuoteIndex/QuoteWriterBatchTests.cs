using Microsoft.Data.Sqlite;
using NewsBot.Core.Quotes;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.QuoteIndex;

/// <summary>
/// Many articles' quotes written by one <see cref="SqliteQuoteWriter"/> in one transaction, as a save batch does: what the
/// writer remembers of the speaker tables between articles must never differ from what the tables hold.
/// </summary>
public sealed class QuoteWriterBatchTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    private static Quote Said(string text, string speaker, string mention, string? affiliation = null) =>
        new(0, text.Length, text, QuoteKind.Direct, speaker, mention, "said", null, affiliation, "en", 0.9);

    /// <summary>Two stored articles (their text does not matter here: the quotes are written by hand).</summary>
    private async Task<(long First, long Second)> TwoArticlesAsync()
    {
        var folder = Path.Combine(Path.GetDirectoryName(_index.DatabasePath)!, "..", "in");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Harbour\n\nThe harbour reopened on Monday after the storm.");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "Bridge\n\nThe bridge closed on Tuesday for repairs.");
        await _index.IndexAsync(folder);
        await using var connection = await _index.Database.OpenAsync();
        return (Count(connection, "SELECT min(id) FROM articles"), Count(connection, "SELECT max(id) FROM articles"));
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Replace_SpeakerDeletedThenQuotedAgainInSameTransaction_CreatedAfresh()
    {
        var (first, second) = await TwoArticlesAsync();
        await using var connection = await _index.Database.OpenAsync();
        using (var transaction = connection.BeginTransaction())
        using (var writer = new SqliteQuoteWriter(connection, transaction))
        {
            writer.Replace(first, [Said("Traffic is back", "Sarah Quinn", "Sarah Quinn")], 1);
            // The first article's new text no longer quotes her: she has no quote left and is deleted...
            writer.Replace(first, [Said("A record season", "Tom Baker", "Tom Baker")], 1);
            // ...so quoting her again must make a new speaker, not reuse the deleted one's id (a foreign key would fail).
            writer.Replace(second, [Said("Repairs take a week", "Sarah Quinn", "Ms. Quinn")], 1);
            transaction.Commit();
        }

        var sarah = Assert.Single(await _index.Quotes.FindSpeakersAsync("Sarah Quinn", 5));
        Assert.Equal("Sarah Quinn", sarah.Name);
        Assert.Equal(0, Count(connection, "SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL AND speaker_id NOT IN (SELECT id FROM speakers)"));
        Assert.Equal(2, Count(connection, "SELECT count(*) FROM speakers"));
    }

    [Fact]
    public async Task Replace_ShortNameThenFullNameInSameTransaction_OneSpeakerUnderFullName()
    {
        var (first, second) = await TwoArticlesAsync();
        await using var connection = await _index.Database.OpenAsync();
        using (var transaction = connection.BeginTransaction())
        using (var writer = new SqliteQuoteWriter(connection, transaction))
        {
            writer.Replace(first, [Said("Prices will fall", "Kostarev", "Kostarev", "Binance")], 1);
            // The fuller name takes over the speaker known as "Kostarev" (renamed in this transaction)...
            writer.Replace(second, [Said("Prices will rise", "Gleb Kostarev", "Gleb Kostarev", "Binance")], 1);
            // ...and the short name, asked again, finds that same speaker through its alias.
            writer.Replace(first, [Said("Prices will stay", "Kostarev", "Kostarev", "Binance")], 1);
            transaction.Commit();
        }

        Assert.Equal(1, Count(connection, "SELECT count(*) FROM speakers WHERE key LIKE '%kostarev%'"));
        Assert.Equal(1, Count(connection, "SELECT count(DISTINCT speaker_id) FROM quotes"));
        Assert.Equal("Gleb Kostarev", Assert.Single(await _index.Quotes.FindSpeakersAsync("Kostarev", 5)).Name);
        Assert.Equal(1, Count(connection, "SELECT count(*) FROM speakers WHERE kind = 'organization' AND key = 'binance'"));
    }
}
