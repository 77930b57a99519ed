namespace NewsBot.Tests.Host;

/// <summary>Console mode as a user runs it: the real host indexes the configured folders, then answers typed commands.</summary>
public sealed class ConsoleModeTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Run_WithoutToken_IndexesSeedsAndAnswersSlashCommands()
    {
        const string input = "/search query:Navalny\n/articles\n/help\n/summary article:Binance Denies length:short\nexit\n/status\n";

        var (code, output, _) = await _cli.RunWithInputAsync(input).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, code);
        Assert.Contains("2 added", output, StringComparison.Ordinal);
        Assert.Contains("== Search: Navalny ==", output, StringComparison.Ordinal);
        Assert.Contains("· en ·", output, StringComparison.Ordinal);
        Assert.Contains("· fr ·", output, StringComparison.Ordinal);
        Assert.Contains("== Articles ==", output, StringComparison.Ordinal);
        Assert.Contains("/search query:<query>", output, StringComparison.Ordinal);
        Assert.Contains("== Binance Denies Sharing User Data With Russian Agencies ==", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NewsBot status", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BadLines_AnswerWithWhatToDo()
    {
        const string input = "hello\n/bogus\n/search\n/search query:x nonsense:1\n/article id:zzzz\n/articles page:0\n";

        var (code, output, _) = await _cli.RunWithInputAsync(input).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, code);
        Assert.Contains("Commands start with a slash", output, StringComparison.Ordinal);
        Assert.Contains("There is no /bogus command. Type /help", output, StringComparison.Ordinal);
        Assert.Contains("/search needs query", output, StringComparison.Ordinal);
        Assert.Contains("Error: No article matches 'zzzz'", output, StringComparison.Ordinal);
        Assert.Contains("/articles page must be between 1 and 1000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SearchWithATwoLetterPrefix_SaysItSearchedTheWord()
    {
        var (_, output, _) = await _cli.RunWithInputAsync("/search query:Na*\n/search query:Nav*\n");

        Assert.Contains("No article matches Na*.", output, StringComparison.Ordinal);
        Assert.Contains("`Na*` was searched as the word `Na`: a prefix needs at least 3 letters.", output, StringComparison.Ordinal);
        Assert.Contains("== Search: Nav* ==", output, StringComparison.Ordinal);
        Assert.Contains("**Navalny**", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ListWithMorePages_OffersTheNextPageCommandWhichWorks()
    {
        var lines = Enumerable.Range(1, 12).Select(i =>
            $$"""{"id":"n{{i}}","title":"Harbour report {{i}}","published":"2024-01-{{i:00}}T08:00:00Z","text":"The harbour handled {{i}} ships on Monday. Officials said traffic was normal for the season."}""");
        var file = Path.Combine(_cli.Folder, "harbour.jsonl");
        await File.WriteAllLinesAsync(file, lines);
        await _cli.RunAsync("index", file);

        var (_, first, _) = await _cli.RunWithInputAsync("/articles\n");
        var next = first.Split('\n').Single(l => l.StartsWith("[Next ▶] ", StringComparison.Ordinal))["[Next ▶] ".Length..];
        var (_, second, _) = await _cli.RunWithInputAsync(next + "\n");

        Assert.Equal("/articles page:2", next.Trim());
        Assert.Contains("Harbour report 12", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 · 14 articles indexed", second, StringComparison.Ordinal);
        Assert.Contains("Harbour report 1**", second, StringComparison.Ordinal);
        Assert.Contains("[◀ Previous] /articles page:1", second, StringComparison.Ordinal);
    }
}
