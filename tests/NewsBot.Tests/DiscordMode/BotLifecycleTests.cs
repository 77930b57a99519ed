using System.Text.Json.Nodes;
using NewsBot.Cli;
using NewsBot.FakeDiscord;
using NewsBot.Hosting;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.DiscordMode;

/// <summary>
/// The bot across restarts and gateway faults, and the executable's entry (<c>run</c>) choosing bot mode from the token.
/// Not parallel: the exit-code tests read the process-wide <see cref="Environment.ExitCode"/>.
/// </summary>
[Collection(ProcessExitCodeGroup.Name)]
public sealed class BotLifecycleTests
{
    private static JsonObject ButtonData(string customId) => new() { ["custom_id"] = customId, ["component_type"] = 2 };

    [Fact]
    public async Task Button_AfterAHostRestart_StillPages()
    {
        await using var bot = await BotHarness.StartAsync();
        var (_, first) = await bot.RunAsync(BotHarness.Command("articles"));
        var next = first["components"]![0]!["components"]!.AsArray().Single(b => ((string)b!["label"]!).StartsWith("Next", StringComparison.Ordinal))!;

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        var (type, second) = await bot.AnswerAsync(await bot.InjectAsync(3, ButtonData((string)next["custom_id"]!), first));

        Assert.Equal(7, type);
        Assert.Contains("Page 2", (string)second["embeds"]![0]!["footer"]!["text"]!, StringComparison.Ordinal);
        Assert.Equal(2, bot.CommandRequests().Count);
    }

    [Theory]
    [InlineData("op7")]
    [InlineData("op9")]
    [InlineData("drop")]
    public async Task GatewayFault_InteractionsAroundIt_AreAllAnswered(string fault)
    {
        await using var bot = await BotHarness.StartAsync();
        var before = await bot.InjectAsync(2, BotHarness.Command("status"));
        Task injectFault = fault switch
        {
            "op7" => bot.Fake.Gateway.ReconnectAsync(),
            "op9" => bot.Fake.Gateway.InvalidateSessionAsync(resumable: true),
            _ => bot.Fake.Gateway.AbortAsync(),
        };
        await injectFault;
        // Sent while the client is away or closing: Discord keeps it for the RESUME replay.
        var during = await bot.InjectAsync(2, BotHarness.Command("search", ("query", "harbour")));

        await bot.Fake.WaitForDispatchAsync("RESUMED", 1, BotHarness.Wait);
        var (_, status) = await bot.AnswerAsync(before);
        var (_, search) = await bot.AnswerAsync(during);

        Assert.Equal("NewsBot status", (string)status["embeds"]![0]!["title"]!);
        Assert.StartsWith("Search: harbour", (string)search["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        Assert.All(bot.Fake.Rest.Interactions, i => Assert.Equal(1, i.CallbackAttempts));
    }

    [Fact]
    public async Task StartupIndexing_MissingFolder_IsLoggedAndTheBotServesTheRest()
    {
        var missing = Path.Combine(Path.GetTempPath(), "newsbot-no-such-folder-" + Guid.NewGuid().ToString("N"));
        await using var bot = await BotHarness.StartAsync(switches: $"--Ingest:Folders:2={missing}");

        var (_, status) = await bot.RunAsync(BotHarness.Command("status"));

        Assert.Contains(status["embeds"]![0]!["fields"]!.AsArray(), f => (string)f!["name"]! == "Articles" && (string)f["value"]! == "15");
        await bot.Fake.Recorder.WaitUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("Skipped", StringComparison.Ordinal) && l.Contains(missing, StringComparison.Ordinal)), BotHarness.Wait, "the skipped folder in the log");
    }

    [Fact]
    public async Task Run_WithToken_IsTheBot_AndStopsWithExitCode3OnClose4004()
    {
        await using var fake = await FakeDiscordServer.StartAsync(DiscordHarness.FakeOptions());
        var folder = Directory.CreateTempSubdirectory("newsbot-run-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var run = Task.Run(() => NewsBotCli.RunAsync(
                [$"--Discord:Token={fake.Options.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl.AbsoluteUri}", "--Discord:GuildId=200",
                 $"--Storage:DatabasePath={Path.Combine(folder, "newsbot.db")}", $"--Ingest:Folders:0={SeedFolder.Path}"],
                output, error, new ConsoleStreams(new StringReader(string.Empty), output)));
            await fake.Recorder.WaitUntilAsync(() => fake.Recorder.Requests.Any(r => r.Method == "PUT"), BotHarness.Wait, "the command registration");

            await fake.Gateway.CloseAsync(4004);
            var code = await run.WaitAsync(BotHarness.Wait);

            Assert.Equal(3, code);
            Assert.DoesNotContain("console mode", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(fake.Options.Token, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.ExitCode = 0;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Run_WithTokenAndBadDiscordSettings_FailsFastWithTheProblem()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await NewsBotCli.RunAsync(["--Discord:Token=abc", "--Discord:ShardCount=0", "--Storage:DatabasePath=" + Path.Combine(Path.GetTempPath(), "unused-newsbot.db")], output, error);

        Assert.Equal(1, code);
        Assert.Contains("Discord:ShardCount", error.ToString(), StringComparison.Ordinal);
    }
}
