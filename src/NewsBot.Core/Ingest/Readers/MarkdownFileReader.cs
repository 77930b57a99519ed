using Microsoft.Extensions.Options;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Reads a Markdown file as one article. YAML front matter, when present, gives title, date, language and URL and is not
/// part of the text; the Markdown itself is reduced to text by the preparer (<see cref="Text.MarkdownParser"/>).
/// </summary>
public sealed class MarkdownFileReader(IOptions<DocumentReaderOptions> options) : IDocumentReader
{
    public bool CanRead(string path) => FileExtensions.Has(path, ".md", ".markdown");

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (text, problem) = TextFileLoader.Load(path, options.Value, cancellationToken);
        if (text is null)
        {
            yield return ReadResult.Fail(path, problem!);
            yield break;
        }

        var (fields, body) = FrontMatter.Split(text);
        var document = new RawDocument(path, body, DocumentFormat.Markdown,
            Title: fields.GetValueOrDefault("title"),
            Url: fields.GetValueOrDefault("url") ?? fields.GetValueOrDefault("link"),
            Published: Html.HtmlMetadata.ParseDate(fields.GetValueOrDefault("date") ?? fields.GetValueOrDefault("published")),
            Language: fields.GetValueOrDefault("lang") ?? fields.GetValueOrDefault("language"),
            SourceName: fields.GetValueOrDefault("source"));
        yield return ReadResult.Ok(document);
    }
}
