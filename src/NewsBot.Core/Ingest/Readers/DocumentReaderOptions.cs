namespace NewsBot.Core.Ingest.Readers;

/// <summary>Limits that keep one hostile or accidental file from exhausting memory. Bound from the "Ingest" section.</summary>
public sealed class DocumentReaderOptions
{
    public const string Section = "Ingest";

    /// <summary>Largest single-document file (.txt, .md, .html, .json) read, and largest JSONL line. Default 20 MB.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;
}
