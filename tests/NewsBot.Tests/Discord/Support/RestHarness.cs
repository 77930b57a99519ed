using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Rest;
using NewsBot.FakeDiscord;

namespace NewsBot.Tests.Discord.Support;

/// <summary>The REST client as the app registers it (AddDiscordClient), without starting the gateway, against the fake.</summary>
public sealed class RestHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RestHarness(FakeDiscordServer fake, ServiceProvider services, LogCapture logs)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
    }

    public FakeDiscordServer Fake { get; }

    public LogCapture Logs { get; }

    public DiscordRestClient Rest => _services.GetRequiredService<DiscordRestClient>();

    internal InvalidRequestBudget Budget => _services.GetRequiredService<InvalidRequestBudget>();

    public static async Task<RestHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var fake = await FakeDiscordServer.StartAsync(DiscordHarness.FakeOptions());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.AbsoluteUri,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var logs = new LogCapture();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddDiscordClient(configuration)
            .AddSingleton(DiscordHarness.FastTimings)
            .BuildServiceProvider();
        return new RestHarness(fake, services, logs);
    }

    public IReadOnlyList<RecordedRequest> Requests(string method, string routeStart) =>
        [.. Fake.Recorder.Requests.Where(r => r.Method == method && r.Route.StartsWith(routeStart, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
