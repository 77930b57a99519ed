using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Stories;
using NewsBot.Core.Summaries;

namespace NewsBot.Tests.Core.Digests;

public sealed class DigestComposerTests
{
    private static DigestComposer Composer(IStoryQuoteSource? quotes = null) =>
        new(new StoryClusterer(), new TopicSummarizer(), quotes ?? new NullStoryQuoteSource());

    private static ArticleDetail[] Seeds() => [DigestArticles.Seed("000", 1), DigestArticles.Seed("002", 2)];

    [Theory]
    [InlineData("fr", 2L)]
    [InlineData("en", 1L)]
    public async Task ComposeAsync_SeedsWithLanguage_OneStoryWithBothSourcesSummarisedInThatLanguage(string language, long leadId)
    {
        var digest = await Composer().ComposeAsync(Seeds(), new DigestRequest(language));

        var story = Assert.Single(digest.Stories);
        Assert.Equal(language, story.Language);
        Assert.Equal(leadId, story.Sources[0].ArticleId);
        Assert.Equal(story.Sources[0].Title, story.Title);
        Assert.Equal(["en", "fr"], story.Sources.Select(s => s.Language).Order());
        Assert.InRange(story.Summary.Count, 2, 3);
        Assert.All(story.Summary, s => Assert.Equal(leadId, s.ArticleId));
        Assert.Null(story.Quote);
        Assert.Equal(StoryId.For(["k1", "k2"]), story.Id);
        Assert.Equal((2, 1), (digest.Candidates, digest.StoriesFound));
    }

    [Fact]
    public async Task ComposeAsync_LanguageNoSourceIsIn_SummaryInTheStorysOwnLanguage()
    {
        var digest = await Composer().ComposeAsync(Seeds(), new DigestRequest("de"));

        var story = Assert.Single(digest.Stories);
        Assert.Contains(story.Language, new[] { "en", "fr" });
        Assert.NotEmpty(story.Summary);
        var inLanguage = story.Sources.Where(s => s.Language == story.Language).Select(s => s.ArticleId).ToHashSet();
        Assert.All(story.Summary, s => Assert.Contains(s.ArticleId, inLanguage));
    }

    [Fact]
    public async Task ComposeAsync_QuoteSourceHasAQuote_StoryShowsItAndAskedWithLeadFirst()
    {
        var quotes = new RecordingQuoteSource(new StoryQuote("We have not shared any data.", "Binance", 2));

        var story = Assert.Single((await Composer(quotes).ComposeAsync(Seeds(), new DigestRequest("fr"))).Stories);

        Assert.Equal(new DigestQuote("We have not shared any data.", "Binance"), story.Quote);
        Assert.Equal([2L, 1L], quotes.ArticleIds);
        Assert.Equal("fr", quotes.Language);
    }

    [Fact]
    public async Task ComposeAsync_FewerStoriesThanTheMinimum_EmptyDigestSaysWhy()
    {
        var digest = await Composer().ComposeAsync(Seeds(), new DigestRequest(MinStories: 2));

        Assert.True(digest.IsEmpty);
        Assert.Equal((2, 1), (digest.Candidates, digest.StoriesFound));
    }

    [Fact]
    public async Task ComposeAsync_MoreStoriesThanTheMaximum_KeepsTheStoryWithMostSources()
    {
        ArticleDetail[] candidates = [.. Seeds(), DigestArticles.Lines(3, "en", "Rail strike halts trains", DigestArticles.RailStrike)];

        var digest = await Composer().ComposeAsync(candidates, new DigestRequest("en", MaxStories: 1));

        var story = Assert.Single(digest.Stories);
        Assert.Equal(2, story.Sources.Count);
        Assert.Equal(2, digest.StoriesFound);
    }

    [Fact]
    public async Task ComposeAsync_StoriesOfEqualSize_NewestFirst()
    {
        var older = DigestArticles.Lines(3, "en", "Rail strike halts trains", DigestArticles.RailStrike);
        ArticleDetail[] candidates = [older, DigestArticles.Seed("000", 1, older.Article.IndexedAt.AddHours(5))];

        var digest = await Composer().ComposeAsync(candidates, new DigestRequest());

        Assert.Equal([1L, 3L], digest.Stories.Select(s => s.Sources[0].ArticleId));
        Assert.Equal("https://example.org/3", digest.Stories[1].Sources[0].Url);
    }

    [Fact]
    public async Task ComposeAsync_NoCandidates_EmptyDigest()
    {
        var digest = await Composer().ComposeAsync([], new DigestRequest(MinStories: 0));

        Assert.True(digest.IsEmpty);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(26, 1)]
    [InlineData(3, 4)]
    [InlineData(3, -1)]
    public async Task ComposeAsync_ImpossibleLimits_ThrowsNamingThem(int max, int min)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Composer().ComposeAsync(Seeds(), new DigestRequest(null, max, min)));

        Assert.Contains(min.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    private sealed class RecordingQuoteSource(StoryQuote quote) : IStoryQuoteSource
    {
        public IReadOnlyList<long> ArticleIds { get; private set; } = [];

        public string? Language { get; private set; }

        public Task<StoryQuote?> FindMostNotableAsync(IReadOnlyList<long> articleIds, string? language, CancellationToken cancellationToken)
        {
            (ArticleIds, Language) = (articleIds, language);
            return Task.FromResult<StoryQuote?>(quote);
        }
    }
}
