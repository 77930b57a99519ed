using System.Text.Json.Serialization;

namespace NewsBot.Cli.Json;

/// <summary>Source-generated JSON for CLI output: camelCase, indented, nulls kept so every documented field is always present.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<ArticleJson>))]
[JsonSerializable(typeof(IReadOnlyList<SearchHitJson>))]
[JsonSerializable(typeof(ArticleDetailJson))]
[JsonSerializable(typeof(IReadOnlyList<SummaryJson>))]
[JsonSerializable(typeof(TopicSummaryJson))]
[JsonSerializable(typeof(IndexReportJson))]
[JsonSerializable(typeof(IReadOnlyList<DigestStoryJson>))]
[JsonSerializable(typeof(IReadOnlyList<FeedJson>))]
[JsonSerializable(typeof(IReadOnlyList<QuoteJson>))]
[JsonSerializable(typeof(IReadOnlyList<SpeakerJson>))]
public sealed partial class CliJsonContext : JsonSerializerContext;
