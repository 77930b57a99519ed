using Microsoft.Extensions.Options;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Reads a saved web page as one article. The HTML goes to the preparer as is: it extracts title, date, canonical URL and
/// main text with <see cref="Html.HtmlArticleExtractor"/>, the same way as for pages fetched from the web.
/// </summary>
public sealed class HtmlFileReader(IOptions<DocumentReaderOptions> options) : IDocumentReader
{
    public bool CanRead(string path) => FileExtensions.Has(path, ".html", ".htm", ".xhtml");

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (text, problem) = TextFileLoader.Load(path, options.Value, cancellationToken);
        yield return text is null ? ReadResult.Fail(path, problem!) : ReadResult.Ok(new RawDocument(path, text, DocumentFormat.Html));
    }
}
