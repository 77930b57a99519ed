using Microsoft.Extensions.Options;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Ingest.Readers;
using NewsBot.Core.Language.Detection;

namespace NewsBot.Tests.Core.Ingest.Readers;

/// <summary>The real readers and preparer, built as the host builds them, with an adjustable size cap.</summary>
internal static class Readers
{
    public static readonly ArticlePreparer Preparer = new(new LanguageDetector(), new HtmlArticleExtractor());

    public static IOptions<DocumentReaderOptions> Options(long maxBytes = 20L * 1024 * 1024) =>
        Microsoft.Extensions.Options.Options.Create(new DocumentReaderOptions { MaxFileBytes = maxBytes });

    public static ReadResult ReadOne(IDocumentReader reader, string path) => Assert.Single(reader.Read(path));
}
