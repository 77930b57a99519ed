using NewsBot.Core.Evaluation.Benchmark;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Summaries;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Evaluation;

/// <summary>
/// The regression guard for summary quality: the real benchmark on both bench files, through the real pipeline, must keep
/// NewsBot at or above Lead-N on ROUGE-2 and no worse on ROUGE-1 and ROUGE-Lsum.
/// </summary>
public sealed class RougeBenchmarkTests
{
    private readonly RougeBenchmark _benchmark =
        new(new ArticlePreparer(new LanguageDetector(), new HtmlArticleExtractor()), new ExtractiveSummarizer()) { SpeedPasses = 1 };

    [Fact]
    public void Run_EnglishCnnDailyMail_NewsBotAtLeastLead3()
    {
        var progress = new LastValue();

        var result = _benchmark.Run(BenchData.PathOf("summ_en.jsonl"), 3, progress);

        Assert.Equal(250, result.Articles);
        Assert.Empty(result.Skipped);
        Assert.Equal(250, progress.Value);
        Assert.True(result.ArticlesPerSecond > 0);
        AssertAtLeastLead(result, "en", RougeRules.AsciiPorter);
        // The baseline itself must reproduce the published Lead-3 on these articles (41.28/18.91/37.50), or the comparison means nothing.
        var lead = result.Find("Lead-3", "en", RougeRules.AsciiPorter)!;
        Assert.Equal(0.4128, lead.Rouge1, 0.005);
        Assert.Equal(0.1891, lead.Rouge2, 0.005);
    }

    [Fact]
    public void Run_FrenchOrangeSum_NewsBotAtLeastLead2UnderBothTokenRules()
    {
        var result = _benchmark.Run(BenchData.PathOf("summ_fr.jsonl"), 2);

        Assert.Equal(300, result.Articles);
        AssertAtLeastLead(result, "fr", RougeRules.Ascii);
        AssertAtLeastLead(result, "fr", "unicode+snowball-fr");
        Assert.Equal(0.2871, result.Find("Lead-2", "fr", RougeRules.Ascii)!.Rouge1, 0.005);
    }

    private static void AssertAtLeastLead(RougeBenchmarkResult result, string language, string rules)
    {
        var bot = result.Find(RougeBenchmarkResult.NewsBot, language, rules);
        var lead = result.Find(result.LeadName, language, rules);
        Assert.NotNull(bot);
        Assert.NotNull(lead);
        var table = result.FormatTable();
        Assert.True(bot.Rouge2 >= lead.Rouge2, "ROUGE-2 below Lead\n" + table);
        Assert.True(bot.Rouge1 >= lead.Rouge1, "ROUGE-1 below Lead\n" + table);
        Assert.True(bot.RougeLsum >= lead.RougeLsum, "ROUGE-Lsum below Lead\n" + table);
    }

    /// <summary>Records the last report synchronously (Progress&lt;T&gt; would post it to the thread pool and race the assert).</summary>
    private sealed class LastValue : IProgress<int>
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Report(int value)
        {
            int seen;
            do
            {
                seen = _value;
            }
            while (value > seen && Interlocked.CompareExchange(ref _value, value, seen) != seen);
        }
    }
}
