namespace NewsBot.Cli.Json;

/// <summary><c>digest preview --json</c> items: a story's title, summary sentences, quote (null when none) and every source.</summary>
public sealed record DigestStoryJson(string Title, IReadOnlyList<string> Summary, DigestQuoteJson? Quote, IReadOnlyList<DigestSourceJson> Sources);

public sealed record DigestQuoteJson(string Text, string Speaker);

public sealed record DigestSourceJson(string Id, string Title, string Language, string? Url);
