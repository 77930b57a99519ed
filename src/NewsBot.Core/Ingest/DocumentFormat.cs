namespace NewsBot.Core.Ingest;

/// <summary>How a raw document's <see cref="RawDocument.Content"/> is to be read.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
}
