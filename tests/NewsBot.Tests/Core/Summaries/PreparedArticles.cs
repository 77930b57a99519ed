using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Summaries;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Core.Summaries;

/// <summary>Articles through the real indexing pipeline, turned into summarizer input as the bot does.</summary>
internal static class PreparedArticles
{
    public static ArticlePreparer Preparer { get; } = new(new LanguageDetector(), new HtmlArticleExtractor());

    public static (PreparedArticle Article, SummaryInput Input) Seed(string prefix, long id)
    {
        var path = Directory.GetFiles(SeedFolder.Path, prefix + "*.txt").Single();
        return From(new RawDocument(path, File.ReadAllText(path), DocumentFormat.PlainText), id);
    }

    public static (PreparedArticle Article, SummaryInput Input) From(RawDocument document, long id = 1)
    {
        var article = Preparer.Prepare(document);
        return (article, new SummaryInput(id, article.Title, article.Language, article.Sentences));
    }
}
