using System.Globalization;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>Row ids as one JSON array parameter, read in SQL with <c>json_each</c>: never spliced into SQL text.</summary>
internal static class SqliteIdList
{
    /// <summary>"[3,5,8]"; null for no list (a filter left off). An empty list filters everything out, as asked.</summary>
    public static string? Of(IReadOnlyList<long>? ids) =>
        ids is null ? null : "[" + string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]";
}
