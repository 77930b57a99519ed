using Microsoft.Data.Sqlite;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// Tells a fault of the database (disk full, I/O error, corruption, locked by another process) from a fault of one article
/// (a constraint it breaks). An article fault is isolated and reported while the rest of the batch is kept; a database fault
/// would fail every article the same way (and SQLite may already have rolled the whole transaction back), so it stops the
/// save with one clear error instead.
/// </summary>
internal static class DatabaseFaults
{
    public static bool IsDatabaseFault(SqliteException e) => e.SqliteErrorCode is
        5 /* BUSY */ or 6 /* LOCKED */ or 7 /* NOMEM */ or 8 /* READONLY */ or 10 /* IOERR */ or 11 /* CORRUPT */
        or 13 /* FULL */ or 14 /* CANTOPEN */ or 15 /* PROTOCOL */ or 26 /* NOTADB */;

    /// <summary>True while the connection is inside a transaction; false once SQLite has rolled it back by itself.</summary>
    public static bool InTransaction(SqliteConnection connection) => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    public static ArticleStoreException SaveFailed(string databasePath, int articles, SqliteException e) => new(
        $"Could not write to the index {databasePath}: {e.Message.TrimEnd('.')}. None of the {articles} articles of this batch were saved " +
        $"and the index is as it was before them. {Advice(e)}", e);

    private static string Advice(SqliteException e) => e.SqliteErrorCode switch
    {
        13 => "Free some disk space, then run index again: articles already indexed are skipped.",
        5 or 6 => "Another process is writing to the same database; wait for it to finish (or stop it), then run index again.",
        8 or 14 => "Check that the database file and its folder are writable (Storage:DatabasePath), then run index again.",
        11 or 26 => "The file is damaged or is not a NewsBot database: restore a backup or point Storage:DatabasePath elsewhere.",
        _ => "Run index again; articles already indexed are skipped.",
    };
}
