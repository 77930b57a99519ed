namespace NewsBot.Core.Ingest;

/// <summary>
/// What a reader (file, JSONL record, feed item, web page) hands to the pipeline, before any cleaning.
/// Optional fields are what the source itself states; the pipeline derives the rest (title, language).
/// </summary>
/// <param name="Source">Where it came from: a file path (with <c>#line</c> for JSONL records) or a URL. Identifies the article for updates.</param>
/// <param name="Content">The text or HTML as read.</param>
public sealed record RawDocument(
    string Source,
    string Content,
    DocumentFormat Format,
    string? ExternalId = null,
    string? Title = null,
    string? Url = null,
    DateTimeOffset? Published = null,
    string? Language = null,
    string? SourceName = null);
