namespace NewsBot.Core.Ingest;

/// <summary>Reads one file format into raw documents. One reader per format; the indexer picks by <see cref="CanRead"/>.</summary>
public interface IDocumentReader
{
    bool CanRead(string path);

    IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default);
}
