using NewsBot.Core.Evaluation.Benchmark;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Evaluation;

public sealed class RougeBenchmarkRunTests
{
    private static readonly ArticlePreparer Preparer = new(new LanguageDetector(), new HtmlArticleExtractor());

    private readonly RougeBenchmark _benchmark = new(Preparer, new ExtractiveSummarizer()) { SpeedPasses = 1, Threads = 2 };

    private static readonly BenchmarkArticle Storm = new("storm", "en", null,
        "A powerful storm left 40,000 homes without power across the northeast on Monday. Utility crews from five states worked to restore "
        + "electricity by Wednesday. Schools in three counties stayed closed as roads remained blocked by fallen trees.",
        "A storm cut power to 40,000 homes.\nCrews worked to restore electricity.");

    [Fact]
    public void Run_ArticleThePipelineRejects_IsListedAsSkippedAndOthersScored()
    {
        var empty = new BenchmarkArticle("blank", "en", null, " \n \n ", "Nothing.");

        var result = _benchmark.Run([Storm, empty], 2);

        Assert.Equal(1, result.Articles);
        Assert.StartsWith("blank: ", Assert.Single(result.Skipped), StringComparison.Ordinal);
        Assert.All(result.Scores, s => Assert.Equal(1, s.Articles));
        Assert.Contains("skipped 1", result.FormatTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FrenchArticle_ScoresAsciiAndUnicodeRulesForBothSystems()
    {
        var french = new BenchmarkArticle("fr1", "fr", "Tempête dans le nord-est", "Une tempête a privé 40 000 foyers d'électricité lundi. "
            + "Les équipes de cinq régions ont travaillé jusqu'à mercredi. Les écoles sont restées fermées.", "Une tempête a privé d'électricité 40 000 foyers.");

        var result = _benchmark.Run([french, Storm], 1);

        Assert.Equal(
            ["Lead-1 en ascii+porter", "NewsBot en ascii+porter", "Lead-1 fr ascii", "NewsBot fr ascii", "Lead-1 fr unicode+snowball-fr", "NewsBot fr unicode+snowball-fr"],
            result.Scores.Select(s => $"{s.System} {s.Language} {s.Rules}"));
        Assert.All(result.Scores, s => Assert.InRange(s.Rouge1, 0.01, 1));
    }

    [Fact]
    public void Lead_SubheadingAmongFirstSentences_IsSkipped()
    {
        var article = Preparer.Prepare(new RawDocument("lead.md",
            "# Storm hits the northeast\n\nA powerful storm left 40,000 homes without power on Monday.\n\n## What happens next\n\n"
            + "Utility crews from five states worked through the night. Schools stayed closed.", DocumentFormat.Markdown, Language: "en"));

        var lead = RougeBenchmark.Lead(article, 2).ToList();

        Assert.Equal(["A powerful storm left 40,000 homes without power on Monday.", "Utility crews from five states worked through the night."], lead);
    }

    [Fact]
    public void Run_NoArticles_ReturnsEmptyResult()
    {
        var result = _benchmark.Run([], 3);

        Assert.Equal(0, result.Articles);
        Assert.Empty(result.Scores);
        Assert.Equal(0, result.ArticlesPerSecond, 6);
    }

    [Fact]
    public void Run_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _benchmark.Run([Storm], 2, cancellationToken: cancel.Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Run_SentenceCountOutOfRange_Throws(int sentences) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _benchmark.Run([Storm], sentences));

    [Fact]
    public void For_LanguageWithoutStemmer_UsesAsciiAndPlainUnicodeTokens() =>
        Assert.Equal(["ascii", "unicode"], RougeRules.For("de").Select(r => r.Name));
}
