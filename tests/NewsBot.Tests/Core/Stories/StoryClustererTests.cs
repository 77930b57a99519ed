using NewsBot.Core.Stories;

namespace NewsBot.Tests.Core.Stories;

public sealed class StoryClustererTests
{
    private readonly StoryClusterer _clusterer = new();

    private static StoryCandidate VolcanoEn(long id) => StoryArticles.FromLines(id, "en", "Volcano erupts near Grindavik",
        "A volcano erupted on Sunday near Grindavik, forcing the evacuation of 4000 residents.",
        "Lava reached the outskirts of Grindavik on Monday, the Meteorological Office said.",
        "Prime Minister Katrin Jakobsdottir said the Blue Lagoon spa would stay closed.");

    private static StoryCandidate VolcanoFr(long id) => StoryArticles.FromLines(id, "fr", "Éruption volcanique près de Grindavik",
        "Une éruption volcanique a commencé dimanche près de Grindavik et 4000 habitants ont été évacués.",
        "La lave a atteint Grindavik lundi.",
        "La Première ministre Katrin Jakobsdottir a annoncé que le Blue Lagoon resterait fermé.");

    private static StoryCandidate VolcanoDe(long id) => StoryArticles.FromLines(id, "de", "Vulkanausbruch bei Grindavik",
        "Nahe Grindavik ist am Sonntag ein Vulkan ausgebrochen, 4000 Einwohner wurden evakuiert.",
        "Regierungschefin Katrin Jakobsdottir sagte, die Blue Lagoon bleibe geschlossen.");

    private static StoryCandidate RailStrike(long id) => StoryArticles.FromLines(id, "en", "Rail strike disrupts commuters",
        "Train drivers walked out on Monday, the union CGT said.",
        "The government urged talks with SNCF management.",
        "Commuters in Paris faced long delays.");

    private static StoryCandidate MuseumReopens(long id) => StoryArticles.FromLines(id, "en", "Museum reopens after renovation",
        "The Louvre-Lens museum reopened on Monday after two years of work.",
        "Curator Marie Dupont said the government had paid half of the cost.",
        "A new wing will show paintings lent by museums in Paris.");

    [Fact]
    public void Group_SeedsThroughRealPreparer_OneStoryWithBothLanguages()
    {
        var seeds = new[] { StoryArticles.Seed("000", 1), StoryArticles.Seed("002", 2) };

        var story = Assert.Single(_clusterer.Group(seeds));

        Assert.Equal(["en", "fr"], story.Articles.Select(a => a.Language).Order());
        Assert.Equal("en", story.Lead("en").Language);
        Assert.Equal("fr", story.Lead("fr").Language);
        Assert.StartsWith("Binance Denies", story.Lead("en").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_ArticlesSharingOnlyAWeekdayACommonWordAndPlace_NotGrouped()
    {
        var stories = _clusterer.Group([RailStrike(1), MuseumReopens(2)]);

        Assert.Equal(2, stories.Count);
        Assert.Equal(0, _clusterer.Similarities([RailStrike(1), MuseumReopens(2)])[0, 1]);
    }

    [Fact]
    public void Group_TwoSharedNamesAmongManyOthers_NotGrouped()
    {
        var election = StoryArticles.FromLines(1, "en", "Election results",
            "Voters in Lyon, Marseille and Paris backed Emmanuel Macron, while Marine Le Pen led in Calais.",
            "Turnout in France was lower than in 2017, the Interior Ministry said.");
        var fashion = StoryArticles.FromLines(2, "en", "Fashion week opens",
            "Designers Karl Lagerfeld and Coco Chanel were honoured as Paris fashion week opened at the Grand Palais.",
            "Buyers from Milan, Tokyo and France filled the front rows for Dior and Balenciaga.");

        // They do share two names (Paris, France), so only the weighted similarity keeps them apart.
        var similarity = _clusterer.Similarities([election, fashion])[0, 1];
        Assert.InRange(similarity, 0.01, _clusterer.Options.Threshold - 0.01);
        Assert.Equal(2, _clusterer.Group([election, fashion]).Count);
    }

    [Fact]
    public void Group_ThreeArticlesInThreeLanguagesAndAnUnrelatedOne_OneStoryOfThree()
    {
        var stories = _clusterer.Group([RailStrike(4), VolcanoDe(3), VolcanoFr(2), VolcanoEn(1)]);

        Assert.Equal(2, stories.Count);
        Assert.Equal([1L, 2L, 3L], stories[0].Articles.Select(a => a.ArticleId).Order());
        Assert.Equal([4L], stories[1].Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public void Group_SameEventFurtherApartThanTheWindow_TwoStories()
    {
        var later = VolcanoFr(2) with { Time = StoryArticles.Noon.AddDays(4) };

        Assert.Equal(2, _clusterer.Group([VolcanoEn(1), later]).Count);
        Assert.Single(_clusterer.Group([VolcanoEn(1), later with { Time = StoryArticles.Noon.AddDays(2) }]));
    }

    [Fact]
    public void Group_InputOrderChanged_SameStoriesAndIds()
    {
        StoryCandidate[] articles = [VolcanoEn(1), RailStrike(2), VolcanoFr(3), MuseumReopens(4), VolcanoDe(5)];

        var forward = _clusterer.Group(articles);
        var backward = _clusterer.Group([.. articles.Reverse()]);

        Assert.Equal(forward.Select(s => s.Id), backward.Select(s => s.Id));
        Assert.Equal(forward.Select(s => s.Articles.Select(a => a.ArticleId).ToList()), backward.Select(s => s.Articles.Select(a => a.ArticleId).ToList()));
        Assert.Equal(StoryId.For(["k1", "k3", "k5"]), forward[0].Id);
    }

    [Fact]
    public void Group_Nothing_NoStories() => Assert.Empty(_clusterer.Group([]));

    [Fact]
    public void Group_MoreThanMaxCandidates_ThrowsNamingTheLimit()
    {
        var clusterer = new StoryClusterer(StoryOptions.Default with { MaxCandidates = 2 });

        var error = Assert.Throws<ArgumentException>(() => clusterer.Group([VolcanoEn(1), VolcanoFr(2), VolcanoDe(3)]));

        Assert.Contains("more than the 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_HundredsOfUnrelatedRealArticlesOnOneDay_AlmostAllStayAlone()
    {
        var bench = StoryArticles.Bench("summ_en.jsonl", 150, 10).Concat(StoryArticles.Bench("summ_fr.jsonl", 100, 1000)).ToList();

        var stories = _clusterer.Group(bench);

        // The benchmark is unrelated news, apart from a few real duplicates (one story told twice); story sizes stay small.
        var grouped = stories.Where(s => s.Articles.Count > 1).Sum(s => s.Articles.Count);
        Assert.True(grouped <= bench.Count / 10, $"{grouped} of {bench.Count} unrelated articles were grouped");
        Assert.All(stories, s => Assert.True(s.Articles.Count <= 3, string.Join(" | ", s.Articles.Select(a => a.Title))));
    }
}
