using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Summaries;

public sealed class TopicSummarizerTests
{
    private static readonly SummaryInput English = new(1, "Exchange denies sharing user data with Russian agencies", "en", SentenceFactory.From(
        "The exchange on Saturday denied media reports that it shared user data with Russian agencies.",
        "The world's largest crypto exchange also refuted claims it shared data on donations to the opposition leader.",
        "A report published on Friday claimed the regional head met Russia's financial intelligence unit in Moscow in April."));

    private static readonly SummaryInput EnglishRewrite = new(3, "Crypto exchange rejects data sharing report", "en", SentenceFactory.From(
        "The exchange on Saturday denied media reports saying it shared user data with Russian agencies.",
        "The company published emails between its employees and the journalists who wrote the report.",
        "Any government can request user data with proper legal authority, the exchange said."));

    private static readonly SummaryInput French = new(2, "La plateforme dément avoir partagé des données", "fr", SentenceFactory.From(
        "La plateforme a répondu aux allégations selon lesquelles elle partageait les données de ses utilisateurs avec les régulateurs russes.",
        "Le 23 avril, elle a qualifié de catégoriquement fausses les allégations de partage de données.",
        "La plateforme a démenti avoir aidé les services de renseignement russes."));

    private readonly TopicSummarizer _summarizer = new();

    [Fact]
    public void Summarize_MajorityEnglish_SummarisesInEnglishAndListsFrenchSource()
    {
        var summary = _summarizer.Summarize([English, French, EnglishRewrite], SummaryLength.Of(4));

        Assert.Equal("en", summary.Language);
        Assert.All(summary.Sentences, s => Assert.NotEqual(2L, s.ArticleId));
        Assert.Equal([2L], summary.OtherLanguageSources.Select(s => s.ArticleId));
        Assert.Equal(summary.Sentences.Select(s => s.ArticleId).Distinct().Order(), summary.Sources.Select(s => s.ArticleId).Order());
    }

    [Fact]
    public void Summarize_SameFactFromTwoSources_IsNotRepeated()
    {
        var summary = _summarizer.Summarize([English, EnglishRewrite], SummaryLength.Of(4));

        var firstSentences = summary.Sentences.Where(s => s.SentenceIndex == 0).ToList();
        Assert.Single(firstSentences);
        Assert.Contains(summary.Sources, s => s.ArticleId == 3);
    }

    [Fact]
    public void Summarize_RequestedFrench_SummarisesInFrench()
    {
        var summary = _summarizer.Summarize([English, French], SummaryLength.Of(2), "fr");

        Assert.Equal("fr", summary.Language);
        Assert.All(summary.Sentences, s => Assert.Equal(2L, s.ArticleId));
        Assert.Equal([1L], summary.OtherLanguageSources.Select(s => s.ArticleId));
    }

    [Fact]
    public void Summarize_TieBetweenLanguages_UsesBestMatchLanguage()
    {
        var summary = _summarizer.Summarize([French, English], SummaryLength.Of(2));

        Assert.Equal("fr", summary.Language);
    }

    [Fact]
    public void Summarize_NoArticles_ReturnsEmpty()
    {
        var summary = _summarizer.Summarize([], SummaryLength.Medium);

        Assert.Empty(summary.Sentences);
        Assert.Empty(summary.Sources);
    }
}
