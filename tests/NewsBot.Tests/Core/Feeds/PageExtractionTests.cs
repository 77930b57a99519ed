using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;

namespace NewsBot.Tests.Core.Feeds;

/// <summary>The article extractor and preparer on real-shaped news pages: only the article text survives.</summary>
public sealed class PageExtractionTests
{
    private static readonly HtmlArticleExtractor Extractor = new();
    private static readonly ArticlePreparer Preparer = new(new LanguageDetector(), Extractor);

    [Fact]
    public void Prepare_HeavyBoilerplatePage_OnlyArticleText()
    {
        var article = Preparer.Prepare(new RawDocument("https://gazette.example/news/ferry-timetable", FeedFixtures.Text("boilerplate.html"), DocumentFormat.Html));

        Assert.Equal("Ferry timetable expanded", article.Title);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("The harbour council voted on Monday", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("wait more than an hour for a boat.", article.Body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "cookies", "Share on", "newsletter", "Comments", "Related stories", "Most read", "Copyright", "Sport", "Great news" })
        {
            Assert.DoesNotContain(furniture, article.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Extract_ArticleSplitAroundAnAd_AllPartsNoCommentsHiddenOrLinkLists()
    {
        var page = Extractor.Extract(FeedFixtures.Text("split-article.html"));
        var text = string.Join("\n", page.Paragraphs.Select(p => p.Text));

        Assert.Equal(4, page.Paragraphs.Count);
        Assert.StartsWith("Elsie Marr climbed", text, StringComparison.Ordinal);
        Assert.Contains("Local schoolchildren presented her", text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Advertisement", "Subscribe now", "grandfather", "Harbour dredging", "Read more", "all rights reserved" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Prepare_ScriptOnlyPage_Rejected()
    {
        Assert.Throws<DocumentRejectedException>(() =>
            Preparer.Prepare(new RawDocument("https://app.example/a/7", FeedFixtures.Text("nothing.html"), DocumentFormat.Html)));
    }
}
