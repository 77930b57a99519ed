using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;

namespace NewsBot.Tests.Core.Ingest;

public sealed class SeedArticleTests
{
    private static readonly ArticlePreparer Preparer = new(new LanguageDetector(), new HtmlArticleExtractor());

    private static PreparedArticle PrepareSeed(string prefix)
    {
        var path = Directory.GetFiles(SeedFolder.Path, prefix + "*.txt").Single();
        return Preparer.Prepare(new RawDocument(path, File.ReadAllText(path), DocumentFormat.PlainText));
    }

    [Fact]
    public void Prepare_EnglishSeed_TitleFromHeadlineWithoutTickerLabel()
    {
        var article = PrepareSeed("000_");

        Assert.Equal("Binance Denies Sharing User Data With Russian Agencies", article.Title);
        Assert.Equal("en", article.Language);
        Assert.True(article.LanguageConfidence > 0.5, $"confidence {article.LanguageConfidence}");
        Assert.StartsWith("Binance on Saturday vehemently denied", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_EnglishSeed_BoilerplateGoneAndHeadingsMarked()
    {
        var article = PrepareSeed("000_");

        Assert.DoesNotContain("Trending Stories", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("About Author", article.Body, StringComparison.Ordinal);
        var headings = article.Paragraphs.Where(p => p.IsHeading).Select(p => p.Text.Trim()).ToList();
        Assert.Contains("Binance helped Russia in accessing user data?", headings);
        Assert.Contains("Exchange took effective measures against Russia", headings);
        Assert.All(article.Sentences.Where(s => s.IsHeading), s => Assert.Contains(s.Text, headings));
        Assert.EndsWith("to help Ukraine amid the war.", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_FrenchSeed_DerivedTitleAndFrench()
    {
        var article = PrepareSeed("002_");

        Assert.Equal("fr", article.Language);
        Assert.True(article.LanguageConfidence > 0.5, $"confidence {article.LanguageConfidence}");
        Assert.StartsWith("Binance a répondu aux allégations", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= 101, article.Title);
        Assert.StartsWith("Binance a répondu aux allégations", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_FrenchSeed_BoilerplateGoneAndHeadingsMarked()
    {
        var article = PrepareSeed("002_");

        Assert.DoesNotContain("Laissez un commentaire", article.Body, StringComparison.Ordinal);
        var headings = article.Paragraphs.Where(p => p.IsHeading).Select(p => p.Text).ToList();
        Assert.Contains("Comment les réclamations ont-elles commencé ?", headings);
        Assert.Contains("Binance restreint ses services en Russie", headings);
        Assert.DoesNotContain(headings, h => h.StartsWith("Binance ajoute", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("002_")]
    public void Prepare_Seed_OffsetsPointIntoBody(string prefix)
    {
        var article = PrepareSeed(prefix);

        Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, article.Body[p.Start..p.End]));
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, article.Body[s.Start..s.End]));
        Assert.Equal(article.Body, string.Join("\n\n", article.Paragraphs.Select(p => p.Text)));
        Assert.Matches("^[0-9a-f]{64}$", article.ContentHash);
        Assert.InRange(article.WordCount, 200, 1000);
    }
}
