using System.Text.Json.Serialization;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>Source-generated JSON for values the store passes to SQLite as one parameter (key lists read with json_each).</summary>
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
