using System.Text.Json;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Host;

/// <summary>The quotes and speakers verbs end to end on the indexed seeds: JSON shapes, forgiving lookup, exit codes.</summary>
public sealed class QuoteCliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static List<JsonElement> Items(string json) => [.. JsonDocument.Parse(json).RootElement.EnumerateArray()];

    private static IEnumerable<string> Names(JsonElement item) => item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

    [Fact]
    public async Task Quotes_SpeakerBinanceJson_ExactShapeOwnQuotesThenStaffByCanonicalName()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, error) = await _cli.RunAsync("quotes", "--speaker", "binance", "--json");

        Assert.Equal(0, code);
        Assert.Empty(error);
        var items = Items(json);
        Assert.All(items, item => Assert.Equal(
            ["articleId", "confidence", "cue", "end", "externalId", "kind", "language", "mention", "source", "speaker", "start", "text"], Names(item)));
        var speakers = items.Select(i => i.GetProperty("speaker").GetString()!).ToList();
        Assert.True(speakers.Count(s => s == "Binance") >= 5);
        var staff = speakers.IndexOf("Gleb Kostarev"); // the canonical name: the role is presentation, in the text output only
        Assert.True(staff > 0, string.Join(" | ", speakers));
        Assert.All(speakers.Skip(staff), s => Assert.NotEqual("Binance", s)); // the organisation's own quotes come first
        Assert.Equal(["en", "fr"], items.Select(i => i.GetProperty("language").GetString()).Distinct().Order());
    }

    [Theory]
    [InlineData("kostarev")]
    [InlineData("Gleb Kostarev")]
    [InlineData("KOSTAREV")]
    public async Task Quotes_PersonTypedLoosely_FindsHisQuote(string typed)
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, output, _) = await _cli.RunAsync("quotes", "--speaker", typed);

        Assert.Equal(0, code);
        Assert.Contains("Gleb Kostarev: “", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Binance: “", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_KindDirectJson_OnlyDirectQuotesOfThatArticle()
    {
        await _cli.RunAsync("index", SeedFolder.Path);
        var all = Items((await _cli.RunAsync("quotes", "--json")).Out);
        var french = all.First(i => i.GetProperty("language").GetString() == "fr").GetProperty("articleId").GetString()!;

        var (code, json, _) = await _cli.RunAsync("quotes", "--article", french, "--kind", "DIRECT", "--json");

        Assert.Equal(0, code);
        var items = Items(json);
        Assert.NotEmpty(items);
        Assert.True(items.Count < all.Count);
        Assert.All(items, i => Assert.Equal("direct", i.GetProperty("kind").GetString()));
        Assert.All(items, i => Assert.Equal(french, i.GetProperty("articleId").GetString()));
    }

    [Fact]
    public async Task Quotes_UnknownSpeaker_UserErrorSuggestingSpeakers()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, output, error) = await _cli.RunAsync("quotes", "--speaker", "Nobody Atall");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("no speaker matches 'Nobody Atall'", error, StringComparison.Ordinal);
        Assert.Contains("newsbot speakers", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_UnknownArticle_UserError()
    {
        var (code, _, error) = await _cli.RunAsync("quotes", "--article", "zzzzzz");

        Assert.Equal(1, code);
        Assert.Contains("no article matches 'zzzzzz'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_InvalidKind_UsageErrorListingTheKinds()
    {
        var (code, _, error) = await _cli.RunAsync("quotes", "--kind", "rumour");

        Assert.Equal(2, code);
        Assert.Contains("rumour", error, StringComparison.Ordinal);
        Assert.Contains("direct", error, StringComparison.Ordinal);
        Assert.Contains("partial", error, StringComparison.Ordinal);
        Assert.Contains("reported", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.DatabasePath));
    }

    [Fact]
    public async Task Speakers_Json_ExactShapeMostQuotedFirst()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, _) = await _cli.RunAsync("speakers", "--json");

        Assert.Equal(0, code);
        var items = Items(json);
        Assert.All(items, item => Assert.Equal(["affiliation", "aliases", "articles", "name", "quotes"], Names(item)));
        Assert.Equal("Binance", items[0].GetProperty("name").GetString());
        Assert.Equal(2, items[0].GetProperty("articles").GetInt32());
        var kostarev = items.Single(i => i.GetProperty("name").GetString() == "Gleb Kostarev");
        Assert.Equal("Binance", kostarev.GetProperty("affiliation").GetString());
        Assert.Contains("kostarev", kostarev.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Quotes_NothingMatches_SaysSoInText()
    {
        var (emptyCode, empty, _) = await _cli.RunAsync("quotes");
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, output, _) = await _cli.RunAsync("quotes", "--speaker", "Kostarev", "--kind", "reported");

        Assert.Equal(0, emptyCode);
        Assert.Contains("No quotes. Index some articles with: newsbot index <folder>", empty, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("No quotes by Gleb Kostarev match.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speakers_EmptyIndex_SaysHowToIndex()
    {
        var (code, output, _) = await _cli.RunAsync("speakers");

        Assert.Equal(0, code);
        Assert.Contains("Nobody is quoted yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchQuotes_SmallFile_ReportsSpeedAndCountsPerKindAndLanguage()
    {
        var file = Path.Combine(_cli.Folder, "bench.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            """{"id":"a","lang":"en","title":"Port","text":"“Traffic is back to normal,” said Linda Okafor, the mayor. She said the season looked strong."}""",
            """{"id":"b","lang":"fr","title":"Port","text":"« Le trafic est revenu à la normale », a déclaré Claire Martin, la directrice du port."}""",
        ]);

        var (code, output, error) = await _cli.RunAsync("bench", "quotes", file, "--articles", "4");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("Extracted from 4 articles", output, StringComparison.Ordinal);
        Assert.Contains("articles/s", output, StringComparison.Ordinal);
        Assert.Matches(@"direct\s+en\s+2", output);
        Assert.Matches(@"direct\s+fr\s+2", output);
    }

    [Fact]
    public async Task BenchQuotes_MissingFile_UserError()
    {
        var (code, _, error) = await _cli.RunAsync("bench", "quotes", Path.Combine(_cli.Folder, "none.jsonl"));

        Assert.Equal(1, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
