using System.Text.Json;
using NewsBot.Tests.Core.Digests;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Host;

/// <summary><c>digest preview</c> end to end on a real SQLite file: stories, languages, topics, the JSON shape, bad input.</summary>
public sealed class DigestCliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static List<JsonElement> Stories(string json) => [.. JsonDocument.Parse(json).RootElement.EnumerateArray()];

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private async Task IndexSeedsAndStrikeAsync()
    {
        var strike = Path.Combine(_cli.Folder, "strike.txt");
        await File.WriteAllTextAsync(strike, "Rail strike halts trains\n\n" + string.Join("\n\n", DigestArticles.RailStrike));
        Assert.Equal(0, (await _cli.RunAsync("index", SeedFolder.Path)).Code);
        Assert.Equal(0, (await _cli.RunAsync("index", strike)).Code);
    }

    [Fact]
    public async Task Preview_SeedsJson_OneStoryWithBothSourcesInTheDocumentedShape()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, _) = await _cli.RunAsync("digest", "preview", "--json");

        Assert.Equal(0, code);
        var story = Assert.Single(Stories(json));
        Assert.Equal(["quote", "sources", "summary", "title"], Names(story));
        var quote = story.GetProperty("quote"); // the stored quotes' most notable (which one depends on the story's lead)
        Assert.Equal(["speaker", "text"], Names(quote));
        Assert.NotEmpty(quote.GetProperty("speaker").GetString()!);
        Assert.NotEmpty(quote.GetProperty("text").GetString()!);
        Assert.InRange(story.GetProperty("summary").GetArrayLength(), 2, 3);
        var sources = story.GetProperty("sources").EnumerateArray().ToList();
        Assert.All(sources, s => Assert.Equal(["id", "language", "title", "url"], Names(s)));
        Assert.Equal(["en", "fr"], sources.Select(s => s.GetProperty("language").GetString()).Order());
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task Preview_Language_TitleAndSummaryFromTheSourceInThatLanguage(string language)
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (_, json, _) = await _cli.RunAsync("digest", "preview", "--language", language, "--json");

        var story = Assert.Single(Stories(json));
        var lead = story.GetProperty("sources")[0];
        Assert.Equal(language, lead.GetProperty("language").GetString());
        Assert.Equal(lead.GetProperty("title").GetString(), story.GetProperty("title").GetString());
        var (_, shown, _) = await _cli.RunAsync("show", lead.GetProperty("id").GetString()!, "--json");
        var sentences = JsonDocument.Parse(shown).RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToHashSet();
        Assert.All(story.GetProperty("summary").EnumerateArray(), s => Assert.Contains(s.GetString(), sentences));
    }

    [Fact]
    public async Task Preview_Topic_OnlyTheMatchingStory()
    {
        await IndexSeedsAndStrikeAsync();

        var (_, everything, _) = await _cli.RunAsync("digest", "preview", "--json");
        var (code, strike, _) = await _cli.RunAsync("digest", "preview", "--topic", "strike trains", "--json");

        Assert.Equal(2, Stories(everything).Count);
        Assert.Equal(0, code);
        Assert.Equal("Rail strike halts trains", Assert.Single(Stories(strike)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Preview_Max_KeepsTheStoryWithMostSources()
    {
        await IndexSeedsAndStrikeAsync();

        var (_, json, _) = await _cli.RunAsync("digest", "preview", "--max", "1", "--json");

        Assert.Equal(2, Assert.Single(Stories(json)).GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Preview_NothingNew_SaysSoAndPrintsAnEmptyArray()
    {
        var (code, json, error) = await _cli.RunAsync("digest", "preview", "--json");
        var (textCode, text, _) = await _cli.RunAsync("digest", "preview");

        Assert.Equal((0, 0), (code, textCode));
        Assert.Equal("[]", json.Trim());
        Assert.Contains("No new articles indexed since", error, StringComparison.Ordinal);
        Assert.Contains("No new articles indexed since", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Text_ShowsTitleSummaryAndEverySource()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, text, _) = await _cli.RunAsync("digest", "preview", "--language", "en");

        Assert.Equal(0, code);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Binance Denies Sharing User Data With Russian Agencies (2 sources)", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(l => l.StartsWith("* ", StringComparison.Ordinal)));
        Assert.InRange(lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal)), 2, 3);
    }

    [Theory]
    [InlineData("--since", "yesterday", "is not a time")]
    [InlineData("--since", "2999-01-01", "is in the future")]
    [InlineData("--max", "0", "--max must be between 1 and 25")]
    [InlineData("--language", "french", "is not a language code")]
    [InlineData("--topic", "-binance", "")]
    public async Task Preview_BadOption_ExitsOneWithTheReason(string option, string value, string message)
    {
        var (code, output, error) = await _cli.RunAsync("digest", "preview", option, value);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_SinceAsDate_IncludesArticlesIndexedAfterIt()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, _) = await _cli.RunAsync("digest", "preview", "--since", DateTimeOffset.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--json");

        Assert.Equal(0, code);
        Assert.Single(Stories(json));
    }
}
