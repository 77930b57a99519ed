namespace NewsBot.Core.Ingest;

/// <summary>
/// One item a reader produced: a document, or a problem with the place it came from (a file, or one line of a JSONL file).
/// Readers report problems instead of throwing, so one bad file or record never stops the others.
/// </summary>
public sealed record ReadResult(string Source, RawDocument? Document, string? Problem)
{
    public static ReadResult Ok(RawDocument document) => new(document.Source, document, null);

    public static ReadResult Fail(string source, string problem) => new(source, null, problem);
}
