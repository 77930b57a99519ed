namespace NewsBot.Cli.Json;

/// <summary>
/// <c>summary --json</c> items (always an array, one item per article): the summary sentences and, at the same positions,
/// the index of each in the article's sentences (see <c>show --json</c>), so every sentence can be checked.
/// </summary>
public sealed record SummaryJson(string Id, string? ExternalId, string Title, string Language, IReadOnlyList<string> Sentences, IReadOnlyList<int> SourceSentences);
