using System.Text.Json.Serialization;

namespace NewsBot.Core.Evaluation.Benchmark;

/// <summary>One JSONL line as written by the benchmark tools (<c>id</c>, <c>lang</c>, <c>title</c>, <c>text</c>, <c>reference</c>).</summary>
internal sealed record BenchmarkLine(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("lang")] string? Lang,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("reference")] string? Reference);

[JsonSerializable(typeof(BenchmarkLine))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
