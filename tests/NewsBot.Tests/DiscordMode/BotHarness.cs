using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.FakeDiscord;
using NewsBot.Hosting;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.DiscordMode;

/// <summary>
/// NewsBot's real bot host (<see cref="BotHost"/> in <see cref="HostMode.Discord"/>, configured by command-line switches as
/// the executable is) on a temp SQLite file, indexing the seeds and a folder of generated articles, against a fake Discord
/// over real sockets. The host can be restarted on the same database and fake.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const int GeneratedArticles = 12;
    /// <summary>
    /// The longest wait for something the bot should do. A passing test never waits this long; it is generous because the
    /// full suite runs test classes in parallel on 2 cores, where a bot start, a Quartz firing and a digest have been seen
    /// to take most of 20 s.
    /// </summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-bot-").FullName;
    private readonly Action<IServiceCollection>? _services;
    private readonly IReadOnlyList<string> _extraSwitches;

    private BotHarness(FakeDiscordServer fake, Action<IServiceCollection>? services, IReadOnlyList<string> extraSwitches)
    {
        Fake = fake;
        _services = services;
        _extraSwitches = extraSwitches;
    }

    public FakeDiscordServer Fake { get; }

    public IHost Host { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "data", "newsbot.db");

    public string ArticlesFolder => Path.Combine(_folder, "articles");

    public static async Task<BotHarness> StartAsync(Action<IServiceCollection>? services = null, params string[] switches)
    {
        var fake = await FakeDiscordServer.StartAsync(DiscordHarness.FakeOptions());
        var harness = new BotHarness(fake, services, switches);
        harness.WriteArticles();
        await harness.StartHostAsync();
        return harness;
    }

    public IReadOnlyList<string> Switches =>
    [
        $"--Discord:Token={Fake.Options.Token}",
        $"--Discord:ApiBaseUrl={Fake.ApiBaseUrl.AbsoluteUri}",
        $"--Storage:DatabasePath={DatabasePath}",
        $"--Ingest:Folders:0={SeedFolder.Path}",
        $"--Ingest:Folders:1={ArticlesFolder}",
        "--Logging:LogLevel:Default=Warning",
        .. _extraSwitches,
    ];

    /// <summary>Starts a host and waits until it is READY, its commands are registered and its folders are indexed.</summary>
    public async Task StartHostAsync()
    {
        var readies = Fake.Recorder.Frames.Count(f => f.Direction == FrameDirection.ToClient && f.EventName == "READY");
        var registrations = CommandRequests().Count;
        var builder = BotHost.CreateBuilder(HostMode.Discord, Switches);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton(DiscordHarness.FastTimings);
        _services?.Invoke(builder.Services);
        Host = builder.Build();
        await Host.StartAsync();
        await Fake.WaitForDispatchAsync("READY", readies + 1, Wait);
        await Fake.Recorder.WaitUntilAsync(() => CommandRequests().Count > registrations, Wait, "the command registration");
        var store = Host.Services.GetRequiredService<IArticleStore>();
        var deadline = DateTime.UtcNow + Wait;
        while (await store.CountAsync() < GeneratedArticles + 3)
        {
            Assert.True(DateTime.UtcNow < deadline, "the start-up indexing did not finish");
            await Task.Delay(50);
        }
    }

    public async Task StopHostAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    public IReadOnlyList<RecordedRequest> CommandRequests() =>
        [.. Fake.Recorder.Requests.Where(r => r.Method == "PUT" && r.Route.EndsWith("/commands", StringComparison.Ordinal))];

    /// <summary>Dispatches an interaction as Discord would, from a member with the given permission bits.</summary>
    public async Task<FakeInteraction> InjectAsync(int type, JsonNode data, JsonNode? message = null, string permissions = "2147483647")
    {
        var interaction = Fake.Rest.NewInteraction(type);
        var o = Fake.Options;
        var payload = JsonNode.Parse($$"""
            {"id":"{{interaction.Id}}","application_id":"{{o.ApplicationId}}","type":{{type}},"token":"{{interaction.Token}}","version":1,
             "guild_id":"{{o.GuildId}}","channel_id":"{{o.ChannelIds[0]}}",
             "member":{"user":{"id":"600","username":"alice","discriminator":"0","avatar":null,"global_name":null},"roles":[],"permissions":"{{permissions}}","joined_at":"2024-01-01T00:00:00+00:00"},
             "app_permissions":"0","locale":"en-US","entitlements":[],"authorizing_integration_owners":{"0":"{{o.GuildId}}"},"context":0}
            """)!;
        payload["data"] = data;
        if (message is not null)
        {
            // The message holding the button, as Discord sends it: the body the bot sent, with the ids Discord gave it.
            var held = message.DeepClone();
            held["id"] ??= "7000";
            held["channel_id"] ??= o.ChannelIds[0];
            payload["message"] = held;
        }

        await Fake.Gateway.DispatchAsync("INTERACTION_CREATE", payload);
        return interaction;
    }

    public static JsonNode Command(string name, params (string Name, object Value)[] options) => Command(name, null, options);

    public static JsonNode Command(string name, string? subcommand, params (string Name, object Value)[] options)
    {
        var list = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value is int ? 4 : 3,
            ["value"] = o.Value is int n ? JsonValue.Create(n) : JsonValue.Create((string)o.Value),
        })]);
        var data = new JsonObject { ["id"] = "900", ["name"] = name, ["type"] = 1 };
        if (subcommand is not null)
        {
            data["options"] = new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = list });
        }
        else if (list.Count > 0)
        {
            data["options"] = list;
        }

        return data;
    }

    /// <summary>The message the user finally sees: the type 4/7 callback data, or the edit of @original after a defer.</summary>
    public async Task<(int CallbackType, JsonNode Message)> AnswerAsync(FakeInteraction interaction)
    {
        JsonNode callback;
        try
        {
            callback = await Fake.WaitForCallbackAsync(interaction.Id, Wait);
        }
        catch (TimeoutException e)
        {
            // What the bot logged (warnings and errors) tells a slow machine from a handler that never answered.
            throw new TimeoutException($"{e.Message} Bot logs:\n{string.Join('\n', Logs.Lines)}", e);
        }

        var type = (int)callback["type"]!;
        if (type is 4 or 7 or 8)
        {
            return (type, callback["data"]!);
        }

        await Fake.Recorder.WaitUntilAsync(() => interaction.OriginalEdits.Count + interaction.Followups.Count > 0, Wait, "the deferred answer");
        lock (interaction)
        {
            return (type, JsonNode.Parse(interaction.OriginalEdits.Concat(interaction.Followups).First())!);
        }
    }

    public async Task<(int CallbackType, JsonNode Message)> RunAsync(JsonNode command, string permissions = "2147483647") =>
        await AnswerAsync(await InjectAsync(2, command, permissions: permissions));

    /// <summary>Every body NewsBot sent to the fake, checked against Discord's OpenAPI schemas.</summary>
    public async Task AssertAllBodiesValidAsync()
    {
        foreach (var request in Fake.Recorder.Requests)
        {
            if (OpenApiSchemas.SchemaFor(request.Method, request.Route) is { } schema && request.Body.Length > 0)
            {
                var errors = await OpenApiSchemas.ValidateAsync(schema, request.Body);
                Assert.True(errors.Count == 0, $"{request.Method} {request.Route}: {string.Join("; ", errors)}\n{request.Body}");
            }
        }
    }

    private void WriteArticles()
    {
        Directory.CreateDirectory(ArticlesFolder);
        for (var n = 1; n <= GeneratedArticles; n++)
        {
            File.WriteAllText(Path.Combine(ArticlesFolder, string.Create(CultureInfo.InvariantCulture, $"harbour{n:00}.txt")),
                string.Create(CultureInfo.InvariantCulture, $"Harbour {n} of Kerlouan{n} reopens after the storm\n\nThe harbour of Kerlouan{n} reopened on Tuesday after a storm closed it for {n} days. Fishermen of Plouguerneau{n} said boats would be back at sea within the week. The mayor thanked the crews who cleared the quays."));
        }

        File.WriteAllText(Path.Combine(ArticlesFolder, "mentions.txt"),
            "Pranksters ping @everyone in the lighthouse chat\n\nA message to @everyone and @here, to <@123> and to the role <@&456>, was read aloud at the lighthouse. Keepers said nobody answered the call.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopHostAsync();
        }
        finally
        {
            await Fake.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
