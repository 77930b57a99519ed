using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.FakeDiscord;

namespace NewsBot.Tests.Discord.Support;

/// <summary>The real client in a real generic host, pointed at a fake Discord on 127.0.0.1, with protocol delays shortened.</summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    /// <summary>The longest wait for the client or the fake; a passing test never waits this long (see BotHarness.Wait).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    /// <summary>Shortened so that identify spacing and reconnect waits take milliseconds (the fake uses the same window).</summary>
    internal static readonly DiscordTimings FastTimings = new()
    {
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(50),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(400),
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(20),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(100),
        IdentifyWindow = TimeSpan.FromMilliseconds(150),
        CloseTimeout = TimeSpan.FromSeconds(1),
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RateLimitOffset = TimeSpan.FromMilliseconds(10),
        InvalidRequestSlowdown = TimeSpan.FromMilliseconds(20),
    };

    private DiscordHarness(FakeDiscordServer fake, IHost host, LogCapture logs)
    {
        Fake = fake;
        Host = host;
        Logs = logs;
    }

    public FakeDiscordServer Fake { get; }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    /// <summary>The fake's identify window is shorter than the client's, as the client's spacing must include a margin for transit.</summary>
    public static FakeDiscordOptions FakeOptions(int heartbeatMs = 300) => new() { HeartbeatIntervalMs = heartbeatMs, IdentifyWindow = TimeSpan.FromMilliseconds(100) };

    /// <summary>Starts the fake and the host; the gateway connects in the background.</summary>
    public static async Task<DiscordHarness> StartAsync(
        Func<Interaction, InteractionResponder, CancellationToken, Task>? handler = null,
        FakeDiscordOptions? fakeOptions = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var fake = await FakeDiscordServer.StartAsync(fakeOptions ?? FakeOptions());
        var logs = new LogCapture();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl.AbsoluteUri,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddDiscordClient(builder.Configuration);
        builder.Services.AddSingleton(FastTimings);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        if (handler is not null)
        {
            builder.Services.AddSingleton<IInteractionHandler>(new DelegateInteractionHandler(handler));
        }

        services?.Invoke(builder.Services);
        var host = builder.Build();
        var harness = new DiscordHarness(fake, host, logs);
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose(); // a host that failed to start cannot be stopped
            await fake.DisposeAsync();
            throw;
        }

        return harness;
    }

    public Task WaitForReadyAsync(int count = 1) => Fake.WaitForDispatchAsync("READY", count, Wait);

    /// <summary>Waits until a heartbeat shows the client has processed dispatches up to <paramref name="sequence"/>.</summary>
    public Task WaitForClientSequenceAsync(long sequence) => Fake.Recorder.WaitUntilAsync(
        () => Fake.Recorder.Frames.Any(f => f.Direction == FakeDiscord.FrameDirection.FromClient && f.Op == 1
            && System.Text.Json.Nodes.JsonNode.Parse(f.Json)?["d"] is { } d && (long)d >= sequence),
        Wait,
        $"a heartbeat with sequence {sequence}");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
            await Fake.DisposeAsync();
        }
    }
}
