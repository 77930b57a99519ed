using System.Diagnostics;
using NewsBot.Core.Ingest;
using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Summaries;

public sealed class ExtractiveSummarizerTests
{
    private readonly ExtractiveSummarizer _summarizer = new();

    [Fact]
    public void Summarize_OneSentenceArticle_ReturnsThatSentence()
    {
        var article = new SummaryInput(7, "Rates", "en", SentenceFactory.From("The central bank raised its main rate to 4.5% on Thursday."));

        var summary = _summarizer.Summarize(article, SummaryLength.Of(3));

        var only = Assert.Single(summary.Sentences);
        Assert.Equal((7L, 0), (only.ArticleId, only.SentenceIndex));
        Assert.Equal("The central bank raised its main rate to 4.5% on Thursday.", only.Text);
    }

    [Fact]
    public void Summarize_TwoWordArticle_StillSummarisesWhatThereIs()
    {
        var article = new SummaryInput(1, "Breaking", "en", SentenceFactory.From("Markets fell."));

        var summary = _summarizer.Summarize(article, SummaryLength.Medium);

        Assert.Equal("Markets fell.", Assert.Single(summary.Sentences).Text);
    }

    [Fact]
    public void Summarize_EmptyArticle_ReturnsNoSentences()
    {
        var summary = _summarizer.Summarize(new SummaryInput(1, "Nothing", "en", []), SummaryLength.Of(3));

        Assert.Empty(summary.Sentences);
    }

    [Fact]
    public void Summarize_HeadingsQuestionsAndBoilerplate_AreNeverChosen()
    {
        var article = new SummaryInput(3, "Exchange denies sharing user data", "en", SentenceFactory.From(
            "# Exchange denies sharing user data with regulators",
            "Did the exchange help the agency?",
            "The exchange on Saturday denied reports that it shared user data with a foreign financial agency.",
            "Trending Stories",
            "The report said the regional head met the agency in April to discuss user data.",
            "and then the meeting ended without an agreement on data.",
            "# What happens next",
            "The exchange said any government can request user data with proper legal authority.",
            "About Author",
            "Regulators in several countries are now reviewing how exchanges handle user data requests."));

        var summary = _summarizer.Summarize(article, SummaryLength.Of(4));

        Assert.Equal(4, summary.Sentences.Count);
        Assert.DoesNotContain(summary.Sentences, s => s.SentenceIndex is 0 or 1 or 3 or 5 or 6 or 8);
        Assert.Equal(summary.Sentences.OrderBy(s => s.SentenceIndex), summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.Equal(article.Sentences[s.SentenceIndex].Text, s.Text));
    }

    [Fact]
    public void Summarize_WireServicePrefixAndByline_AreRemovedOrSkipped()
    {
        var article = new SummaryInput(2, "Storm", "en", SentenceFactory.From(
            "By . Daily Mail Reporter .",
            "PUBLISHED: . 12:01 EST, 3 March 2014 . | . UPDATED: . 14:22 EST, 3 March 2014 .",
            "(CNN) -- A powerful storm left 40,000 homes without power across the northeast on Monday.",
            "Utility crews from five states were working to restore electricity by Wednesday."));

        var summary = _summarizer.Summarize(article, SummaryLength.Of(2));

        Assert.Equal([2, 3], summary.Sentences.Select(s => s.SentenceIndex));
        Assert.StartsWith("A powerful storm", summary.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_GluedPhotoCaption_LosesToProse()
    {
        var article = new SummaryInput(6, "Club suspends Sterling", "en", SentenceFactory.From(
            "The club suspended striker Raheem Sterling for two matches on Friday after a disciplinary hearing.",
            "Sterling (right) was pictured with team-mate Jordon Ibe at a party in London The striker was suspended on Friday.",
            "The manager said the player had apologised to his team-mates and to the club's supporters.",
            "He will miss the cup tie against Aston Villa and the league game at Hull next week."));
        var withoutPenalty = new ExtractiveSummarizer(SummarizerWeights.Default with { Caption = 0 });

        var summary = _summarizer.Summarize(article, SummaryLength.Of(2));

        Assert.Contains(1, withoutPenalty.Summarize(article, SummaryLength.Of(2)).Sentences.Select(s => s.SentenceIndex));
        Assert.DoesNotContain(1, summary.Sentences.Select(s => s.SentenceIndex));
    }

    [Fact]
    public void Summarize_RepeatedFact_IsNotChosenTwice()
    {
        var article = new SummaryInput(4, "Fire", "en", SentenceFactory.From(
            "A fire destroyed the old town hall in Springfield on Sunday night, officials said.",
            "A fire destroyed the old town hall in Springfield on Sunday night, officials said on Monday.",
            "Nobody was injured, but the building's archive of century-old records was lost.",
            "The mayor promised to rebuild the hall within three years using insurance money."));

        var summary = _summarizer.Summarize(article, SummaryLength.Of(2));

        Assert.DoesNotContain(1, summary.Sentences.Select(s => s.SentenceIndex));
        Assert.Contains(0, summary.Sentences.Select(s => s.SentenceIndex));
    }

    [Fact]
    public void Summarize_FiftyThousandWordArticle_FinishesInBoundedTime()
    {
        // A hang guard, not a speed test: only the first sentences enter the quadratic graph, so this takes milliseconds;
        // the bound is there so a regression to whole-article quadratic work fails instead of stalling the suite.
        var words = new[] { "market", "rates", "bank", "inflation", "growth", "policy", "minister", "budget", "trade", "tariff" };
        var paragraphs = Enumerable.Range(0, 600).Select(p => string.Join(' ', Enumerable.Range(0, 5).Select(k => p * 5 + k).Select(i =>
            $"Sentence {i} says the {words[i % 10]} and the {words[(i * 7) % 10]} moved as {words[(i * 3) % 10]} officials in region {i % 97} expected this week.")));
        var (article, input) = PreparedArticles.From(new RawDocument("long.txt", string.Join("\n\n", paragraphs), DocumentFormat.PlainText, Language: "en"));
        Assert.True(article.WordCount >= 50_000, $"{article.WordCount} words");

        var watch = Stopwatch.StartNew();
        var summary = _summarizer.Summarize(input, SummaryLength.Of(SummaryLengthPreset.Long));
        watch.Stop();

        Assert.Equal(10, summary.Sentences.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Summarize_UnknownLanguage_WorksUnstemmed()
    {
        var article = new SummaryInput(5, "Wahl", "de", SentenceFactory.From(
            "Die Wahl in Berlin wurde am Sonntag mit hoher Beteiligung abgeschlossen.",
            "Die Ergebnisse der Wahl werden am Montag erwartet, sagte die Wahlleiterin.",
            "Mehrere Parteien hatten zuvor um die Stimmen junger Wähler geworben."));

        var summary = _summarizer.Summarize(article, SummaryLength.Of(2));

        Assert.Equal(2, summary.Sentences.Count);
    }
}
