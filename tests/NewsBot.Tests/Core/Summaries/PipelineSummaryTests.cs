using NewsBot.Core.Ingest;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Summaries;

/// <summary>Summaries of articles prepared by the real pipeline, as the bot stores them.</summary>
public sealed class PipelineSummaryTests
{
    private readonly ExtractiveSummarizer _summarizer = new();

    [Fact]
    public void Summarize_FrenchSeed_IsFrenchBodyTextInOrder()
    {
        var (article, input) = PreparedArticles.Seed("002_", 2);

        var summary = _summarizer.Summarize(input, SummaryLength.Medium);

        Assert.InRange(summary.Sentences.Count, 2, 5);
        Assert.Equal("fr", summary.Language);
        Assert.Equal("fr", new LanguageDetector().Detect(summary.Text).Language);
        AssertBodySentencesInOrder(article, summary);
    }

    [Fact]
    public void Summarize_EnglishSeed_NothingFromTrendingStoriesOrAboutAuthor()
    {
        var (article, input) = PreparedArticles.Seed("000_", 1);

        var summary = _summarizer.Summarize(input, SummaryLength.Of(SummaryLengthPreset.Long));

        Assert.Equal("en", summary.Language);
        Assert.DoesNotContain("Trending", summary.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("About Author", summary.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(summary.Sentences, s => s.Text.EndsWith('?'));
        AssertBodySentencesInOrder(article, summary);
    }

    [Theory]
    [InlineData("Markets fell sharply on Monday.", 1)]
    [InlineData("Markets fell sharply on Monday. Investors moved their savings into government bonds.", 2)]
    public void Summarize_VeryShortArticle_ReturnsWhatThereIs(string text, int expected)
    {
        var (_, input) = PreparedArticles.From(new RawDocument("short.txt", text, DocumentFormat.PlainText, Language: "en"));

        var summary = _summarizer.Summarize(input, SummaryLength.Of(3));

        Assert.Equal(expected, summary.Sentences.Count);
        Assert.Equal(text, summary.Text);
    }

    [Fact]
    public void Summarize_OneParagraphArticle_PicksRequestedCountInOrder()
    {
        var text = string.Join(' ',
            "The city council approved a new budget of 2.4 billion dollars on Tuesday after a six-hour debate.",
            "The budget raises spending on public transport by twelve percent and freezes property taxes.",
            "Opposition members said the plan relied on optimistic forecasts of sales tax revenue.",
            "The mayor defended the forecasts, citing three years of growth in retail sales across the city.",
            "Transit workers welcomed the increase, which funds two hundred new bus drivers.",
            "A final vote on the capital plan for bridges and roads is expected next month.");
        var (article, input) = PreparedArticles.From(new RawDocument("one.txt", text, DocumentFormat.PlainText, Language: "en"));
        Assert.Single(article.Paragraphs);

        var summary = _summarizer.Summarize(input, SummaryLength.Of(3));

        Assert.Equal(3, summary.Sentences.Count);
        Assert.Contains(0, summary.Sentences.Select(s => s.SentenceIndex));
        AssertBodySentencesInOrder(article, summary);
    }

    [Fact]
    public void Summarize_ListsAndHeadings_ChoosesOnlyProseSentences()
    {
        var markdown = """
            # Council passes budget

            The city council approved a new budget of 2.4 billion dollars on Tuesday after a six-hour debate.

            ## Key points

            The budget contains these measures:

            - transit spending up 12%
            - property taxes frozen
            - two hundred new bus drivers

            What does it mean for residents?

            Opposition members said the plan relied on optimistic forecasts of sales tax revenue.

            ## Next steps

            A final vote on the capital plan for bridges and roads is expected next month, the clerk said.
            """;
        var (article, input) = PreparedArticles.From(new RawDocument("budget.md", markdown, DocumentFormat.Markdown, Language: "en"));

        var summary = _summarizer.Summarize(input, SummaryLength.Of(5));

        Assert.Equal(["The city council", "Opposition members said", "A final vote"], summary.Sentences.Select(s => FirstWords(s.Text, 3)));
        AssertBodySentencesInOrder(article, summary);
    }

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ').Take(count));

    private static void AssertBodySentencesInOrder(PreparedArticle article, Summary summary)
    {
        Assert.Equal(summary.Sentences.OrderBy(s => s.SentenceIndex), summary.Sentences);
        Assert.All(summary.Sentences, s =>
        {
            var stored = article.Sentences[s.SentenceIndex];
            Assert.False(stored.IsHeading);
            Assert.EndsWith(s.Text, stored.Text, StringComparison.Ordinal);
        });
    }
}
