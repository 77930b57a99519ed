using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Core.Feeds;

/// <summary>Source-generated JSON Feed reading: no reflection, trimming-safe; comments and trailing commas tolerated as feeds contain them.</summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(JsonFeedDocument))]
internal sealed partial class JsonFeedContext : JsonSerializerContext;
