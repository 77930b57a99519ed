using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Summaries;

/// <summary>The topic summary over the two seed articles (one English, one French, same event) through the real pipeline.</summary>
public sealed class SeedTopicSummaryTests
{
    private static readonly SummaryInput English = PreparedArticles.Seed("000_", 1).Input;
    private static readonly SummaryInput French = PreparedArticles.Seed("002_", 2).Input;

    private readonly TopicSummarizer _summarizer = new();

    [Fact]
    public void Summarize_RequestedFrench_FrenchSentencesAndEnglishSourceListed()
    {
        var summary = _summarizer.Summarize([English, French], SummaryLength.Of(3), "fr");

        Assert.Equal("fr", summary.Language);
        Assert.Equal(3, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.Equal(2L, s.ArticleId));
        Assert.Equal([2L], summary.Sources.Select(s => s.ArticleId));
        var other = Assert.Single(summary.OtherLanguageSources);
        Assert.Equal((1L, "en", "Binance Denies Sharing User Data With Russian Agencies"), (other.ArticleId, other.Language, other.Title));
    }

    [Fact]
    public void Summarize_NoLanguageAskedBestMatchEnglish_EnglishSentencesAndFrenchSourceListed()
    {
        var summary = _summarizer.Summarize([English, French], SummaryLength.Medium);

        Assert.Equal("en", summary.Language);
        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.Equal(1L, s.ArticleId));
        Assert.Equal([2L], summary.OtherLanguageSources.Select(s => s.ArticleId));
        Assert.DoesNotContain("Trending", string.Join(' ', summary.Sentences.Select(s => s.Text)), StringComparison.Ordinal);
    }
}
