using System.Text.Json;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Host;

/// <summary>The CLI end to end: real verbs, a real SQLite file, JSON shapes scripts rely on, exit codes.</summary>
public sealed class CliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public async Task Index_Seeds_ReportsAndListsThemAsJson()
    {
        var (code, output, _) = await _cli.RunAsync("index", SeedFolder.Path);

        Assert.Equal(0, code);
        Assert.Contains("2 added", output, StringComparison.Ordinal);

        var (listCode, json, _) = await _cli.RunAsync("articles", "--json");
        Assert.Equal(0, listCode);
        var items = Json(json).EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal(
            ["externalId", "id", "language", "published", "source", "title", "url", "words"],
            item.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.Equal(["en", "fr"], items.Select(i => i.GetProperty("language").GetString()).Order());
    }

    [Fact]
    public async Task Index_Twice_SecondRunChangesNothing()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, _) = await _cli.RunAsync("index", SeedFolder.Path, "--json");

        Assert.Equal(0, code);
        var report = Json(json);
        Assert.Equal((0, 2), (report.GetProperty("added").GetInt32(), report.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public async Task Index_OnlyBadInput_ExitsOneAndNamesTheFile()
    {
        var (code, _, error) = await _cli.RunAsync("index", Path.Combine(_cli.Folder, "missing.txt"));

        Assert.Equal(1, code);
        Assert.Contains("missing.txt: no such file or folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_HasTheDocumentedShape()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, _) = await _cli.RunAsync("search", "navalny", "--json");

        Assert.Equal(0, code);
        var hits = Json(json).EnumerateArray().ToList();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, hit => Assert.Equal(
            ["externalId", "id", "language", "score", "snippet", "title"],
            hit.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("\"NEAR(")]
    [InlineData("AND OR")]
    [InlineData("'; DROP TABLE articles; --")]
    public async Task Search_HostileQuery_AnswersWithoutError(string query)
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, error) = await _cli.RunAsync("search", query, "--json");

        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Array, Json(json).ValueKind);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Search_TwoLetterPrefix_JsonStaysCleanAndTheNoteGoesToStandardError()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, error) = await _cli.RunAsync("search", "navalny", "bi*", "--json");

        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Array, Json(json).ValueKind);
        Assert.Equal("`bi*` was searched as the word `bi`: a prefix needs at least 3 letters.", error.Trim());
    }

    [Fact]
    public async Task Search_NothingToLookFor_IsAOneLineUserError()
    {
        var (code, _, error) = await _cli.RunAsync("search", "*");

        Assert.Equal(1, code);
        Assert.Equal("error: Type one or more words to search for.", error.Trim());
    }

    [Fact]
    public async Task Show_UnknownId_IsAOneLineUserErrorWithoutStackTrace()
    {
        var (code, _, error) = await _cli.RunAsync("show", "nope");

        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("error: no article has the id 'nope'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_HasSentencesThatMatchTheBody()
    {
        await _cli.RunAsync("index", SeedFolder.Path);
        var id = Json((await _cli.RunAsync("articles", "--json", "--language", "fr")).Out)[0].GetProperty("id").GetString()!;

        var (code, json, _) = await _cli.RunAsync("show", id, "--json");

        Assert.Equal(0, code);
        var article = Json(json);
        var body = article.GetProperty("body").GetString()!;
        Assert.All(article.GetProperty("sentences").EnumerateArray(), s =>
            Assert.Equal(body[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()], s.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("search")]
    [InlineData("articles", "--limit", "many")]
    [InlineData("summary")]
    public async Task UsageErrors_ExitTwoAndPointToHelp(params string[] args)
    {
        var (code, _, error) = await _cli.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("articles")]
    [InlineData("search")]
    [InlineData("show")]
    [InlineData("summary")]
    [InlineData("run")]
    [InlineData("quotes")]
    [InlineData("speakers")]
    public async Task Help_EveryVerb_PrintsUsage(string verb)
    {
        var (code, output, _) = await _cli.RunAsync(verb, "--help");

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.DatabasePath), "--help must not create the database");
    }

    [Fact]
    public async Task DatabasePathIsAFolder_FailsWithTheSettingToFix()
    {
        _cli.DatabasePath = _cli.Folder;

        var (code, _, error) = await _cli.RunAsync("articles");

        Assert.Equal(1, code);
        Assert.Contains("Storage:DatabasePath", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseFileIsNotADatabase_FailsWithAClearMessage()
    {
        await File.WriteAllTextAsync(Path.Combine(_cli.Folder, "junk.db"), new string('x', 4096));
        _cli.DatabasePath = Path.Combine(_cli.Folder, "junk.db");

        var (code, _, error) = await _cli.RunAsync("articles");

        Assert.Equal(1, code);
        Assert.Contains("not a database", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ArticleJson_IsAnArrayPointingBackToSentences()
    {
        await _cli.RunAsync("index", SeedFolder.Path);
        var id = Json((await _cli.RunAsync("articles", "--json", "--language", "fr")).Out)[0].GetProperty("id").GetString()!;

        var (code, json, _) = await _cli.RunAsync("summary", id, "--sentences", "2", "--json");

        Assert.Equal(0, code);
        var summary = Assert.Single(Json(json).EnumerateArray());
        Assert.Equal("fr", summary.GetProperty("language").GetString());
        Assert.Equal(2, summary.GetProperty("sentences").GetArrayLength());
        Assert.Equal(2, summary.GetProperty("sourceSentences").GetArrayLength());
        Assert.DoesNotContain(summary.GetProperty("sentences").EnumerateArray(), s => s.GetString()!.Contains("commentaire", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Summary_AllJson_ExportsEveryArticle()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, _) = await _cli.RunAsync("summary", "--all", "--sentences", "3", "--json");

        Assert.Equal(0, code);
        var items = Json(json).EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(
            ["externalId", "id", "language", "sentences", "sourceSentences", "title"],
            i.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Summary_TopicOverSeeds_ListsTheOtherLanguageSource()
    {
        await _cli.RunAsync("index", SeedFolder.Path);

        var (code, json, _) = await _cli.RunAsync("summary", "--topic", "binance navalny", "--json");

        Assert.Equal(0, code);
        var topic = Json(json);
        Assert.Single(topic.GetProperty("sources").EnumerateArray());
        var other = Assert.Single(topic.GetProperty("otherLanguageSources").EnumerateArray());
        Assert.NotEqual(topic.GetProperty("language").GetString(), other.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Summary_OutOfRangeSentences_IsAUserError()
    {
        var (code, _, error) = await _cli.RunAsync("summary", "x", "--sentences", "99");

        Assert.Equal(1, code);
        Assert.Contains("between 1 and 20", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchIndex_SmallRun_ReportsThroughputAndLatencyAndCleansUp()
    {
        var (code, output, error) = await _cli.RunAsync("bench", "index", NewsBot.Tests.Support.BenchData.PathOf("summ_fr.jsonl"), "--articles", "40", "--queries", "20");

        Assert.True(code == 0, error);
        Assert.Contains("Indexed 40 articles", output, StringComparison.Ordinal);
        Assert.Matches(@"p50 [\d.]+ ms, p99 [\d.]+ ms", output);
        Assert.Contains("peak memory", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchIndex_KeptDatabase_SecondRunSearchesItWithoutIndexing()
    {
        var database = Path.Combine(_cli.Folder, "kept", "bench.db");
        var file = NewsBot.Tests.Support.BenchData.PathOf("summ_fr.jsonl");

        var first = await _cli.RunAsync("bench", "index", file, "--articles", "12", "--queries", "5", "--database", database);
        var second = await _cli.RunAsync("bench", "index", file, "--articles", "12", "--queries", "5", "--database", database);

        Assert.True(first.Code == 0, first.Error);
        Assert.Contains("Indexed 12 articles", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(database));
        Assert.True(second.Code == 0, second.Error);
        Assert.Contains("Reused the kept database", second.Out, StringComparison.Ordinal);
        Assert.Contains("Search over 12 articles", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchIndex_MissingFile_IsAUserError()
    {
        var (code, _, error) = await _cli.RunAsync("bench", "index", Path.Combine(_cli.Folder, "none.jsonl"), "--articles", "5");

        Assert.Equal(1, code);
        Assert.Contains("none.jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchRouge_FrenchFile_PrintsNewsBotBesideLead()
    {
        var (code, output, error) = await _cli.RunAsync("bench", "rouge", NewsBot.Tests.Support.BenchData.PathOf("summ_fr.jsonl"), "--sentences", "2");

        Assert.True(code == 0, error);
        Assert.Matches(@"NewsBot\s+fr\s+\S+\s+300", output);
        Assert.Matches(@"Lead-2\s+fr\s+\S+\s+300", output);
        Assert.Contains("articles/s", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    public async Task BenchRouge_BadSentenceCount_IsAUserError(string sentences)
    {
        var (code, _, error) = await _cli.RunAsync("bench", "rouge", NewsBot.Tests.Support.BenchData.PathOf("summ_fr.jsonl"), "--sentences", sentences);

        Assert.Equal(1, code);
        Assert.Contains("between 1 and 20", error, StringComparison.Ordinal);
    }
}
