using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Evaluation;
using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

public sealed class QuoteEvaluatorTests
{
    private const string Body = "Alpha said the sky is green. Beta said the sea is red.";

    [Fact]
    public void Score_OneRightOneWrongSpeakerOneMissed_Counts()
    {
        var predicted = new[]
        {
            Make(Body.IndexOf("the sky", StringComparison.Ordinal), "the sky is green", "Alpha"),
            Make(Body.IndexOf("the sea", StringComparison.Ordinal), "the sea is red", "Gamma"),
        };
        var expected = new[] { new ExpectedQuote("sky is green", "Alpha"), new ExpectedQuote("sea is red", "Beta"), new ExpectedQuote("Beta said", "Beta") };

        var scores = QuoteEvaluator.Score(Body, expected, predicted);

        Assert.Equal(new QuoteScores(3, 2, 2, 1), scores);
        Assert.Equal(0.5, scores.EndToEndPrecision, 3);
        Assert.Equal(1.0 / 3, scores.EndToEndRecall, 3);
        Assert.Equal(0.5, scores.SpeakerAccuracy, 3);
        Assert.Equal(0.8, scores.QuoteF1, 3);
    }

    [Fact]
    public void Score_FragmentNotInBody_ClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => QuoteEvaluator.Score(Body, [new ExpectedQuote("purple", "Alpha")], []));

        Assert.Contains("purple", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RepeatedFragment_NthAnnotationMatchesNthOccurrence()
    {
        const string body = "Alpha said: 'No.' Later Beta was asked again. 'No.' Beta said.";
        var second = body.IndexOf("'No.'", body.IndexOf("'No.'", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        var predicted = new[] { Make(body.IndexOf("'No.'", StringComparison.Ordinal), "'No.'", "Alpha"), Make(second, "'No.'", "Beta") };
        var expected = new[] { new ExpectedQuote("No.", "Alpha"), new ExpectedQuote("No.", "Beta") };

        var scores = QuoteEvaluator.Score(body, expected, predicted);

        Assert.Equal(new QuoteScores(2, 2, 2, 2), scores);
        Assert.Equal([body.IndexOf("No.", StringComparison.Ordinal), second + 1], QuoteEvaluator.FragmentStarts(body, expected));
    }

    [Fact]
    public void Score_FragmentListedForTwoSpeakers_OnePredictionSatisfiesOne()
    {
        var start = Body.IndexOf("sky is green", StringComparison.Ordinal);
        var predicted = new Quote(start, start + "sky is green".Length, "sky is green", QuoteKind.Reported, "Alpha", "Alpha", "said", null, null, "en", 0.9);

        var scores = QuoteEvaluator.Score(Body, [new ExpectedQuote("sky is green", "Alpha"), new ExpectedQuote("sky is green", "Beta")], [predicted]);

        Assert.Equal(new QuoteScores(2, 1, 1, 1), scores);
        Assert.Equal([start, start], QuoteEvaluator.FragmentStarts(Body, [new("sky is green", "Alpha"), new("sky is green", "Beta")]));
    }

    [Fact]
    public void Score_Nothing_ZeroNotNaN()
    {
        var scores = QuoteEvaluator.Score(Body, [], []);

        Assert.Equal(0, scores.EndToEndF1);
        Assert.Equal(0, scores.SpeakerAccuracy);
    }

    [Fact]
    public void AddNewsQuotes_ResolvesOneExtractor()
    {
        using var provider = new ServiceCollection().AddNewsQuotes().AddNewsQuotes().BuildServiceProvider();

        Assert.IsType<QuoteExtractor>(provider.GetRequiredService<IQuoteExtractor>());
        Assert.Single(provider.GetServices<IQuoteExtractor>());
    }

    private static Quote Make(int start, string text, string speaker) =>
        new(start, start + text.Length, text, QuoteKind.Reported, speaker, speaker, "said", null, null, "en", 0.7);
}
