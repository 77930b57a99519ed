using Microsoft.Extensions.Options;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>Reads a .txt file as one article. Title, paragraphs and headings are worked out by the preparer.</summary>
public sealed class PlainTextFileReader(IOptions<DocumentReaderOptions> options) : IDocumentReader
{
    public bool CanRead(string path) => FileExtensions.Has(path, ".txt", ".text");

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (text, problem) = TextFileLoader.Load(path, options.Value, cancellationToken);
        yield return text is null ? ReadResult.Fail(path, problem!) : ReadResult.Ok(new RawDocument(path, text, DocumentFormat.PlainText));
    }
}
