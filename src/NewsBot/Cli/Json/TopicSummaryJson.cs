namespace NewsBot.Cli.Json;

/// <summary><c>summary --topic --json</c>: sentences across articles, each pointing back to its article and sentence index.</summary>
public sealed record TopicSummaryJson(
    string Topic, string Language, IReadOnlyList<string> Sentences, IReadOnlyList<SentenceSourceJson> SourceSentences,
    IReadOnlyList<TopicSourceJson> Sources, IReadOnlyList<TopicSourceJson> OtherLanguageSources);

public sealed record SentenceSourceJson(string Id, int Sentence);

public sealed record TopicSourceJson(string Id, string Title, string Language, string? Url);
