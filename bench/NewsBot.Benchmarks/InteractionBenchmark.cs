using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Articles;
using NewsBot.FakeDiscord;
using NewsBot.Hosting;

namespace NewsBot.Benchmarks;

/// <summary>
/// Interactions one shard of the real bot host handles against the fake Discord over loopback sockets: a mix of /search,
/// /status and /article autocomplete, timed from the gateway dispatch to the callback Discord receives. Two runs: an open
/// loop at a fixed rate (latency under a steady load) and a closed loop with 64 in flight (the most one shard sustains).
/// </summary>
internal static class InteractionBenchmark
{
    private static readonly JsonNode[] Mix =
    [
        JsonNode.Parse("""{"id":"1","name":"search","type":1,"options":[{"name":"query","type":3,"value":"binance"}]}""")!,
        JsonNode.Parse("""{"id":"2","name":"status","type":1}""")!,
        JsonNode.Parse("""{"id":"3","name":"article","type":1,"options":[{"name":"id","type":3,"value":"bin","focused":true}]}""")!,
    ];

    public static async Task RunAsync(int count, int rate, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-bench-").FullName;
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 41_250 });
        var builder = BotHost.CreateBuilder(HostMode.Discord,
        [
            $"--Discord:Token={fake.Options.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl.AbsoluteUri}",
            $"--Storage:DatabasePath={Path.Combine(folder, "newsbot.db")}", $"--Ingest:Folders:0={SeedsFolder()}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            await fake.WaitForDispatchAsync("READY", 1, TimeSpan.FromSeconds(30));
            var store = host.Services.GetRequiredService<IArticleStore>();
            while (await store.CountAsync() == 0)
            {
                await Task.Delay(50);
            }

            await MeasureAsync(fake, Math.Min(200, count), rate, null); // warm-up: JIT, SQLite caches, connections
            var (steady, steadyTime) = await MeasureAsync(fake, count, rate, null);
            var (burst, burstTime) = await MeasureAsync(fake, count, null, 64);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"interactions: {Environment.ProcessorCount} cores, {count} per run (mix: /search, /status, /article autocomplete)\n" +
                $"  open loop at {rate}/s: {count / steadyTime.TotalSeconds:0} /s, dispatch→callback p50 {Percentile(steady, 0.5):0.0} ms, p99 {Percentile(steady, 0.99):0.0} ms, max {steady.Max():0.0} ms\n" +
                $"  closed loop, 64 in flight: {count / burstTime.TotalSeconds:0} /s, p50 {Percentile(burst, 0.5):0.0} ms, p99 {Percentile(burst, 0.99):0.0} ms"));
        }
        finally
        {
            await host.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Sends <paramref name="count"/> interactions, paced at <paramref name="rate"/> per second or kept <paramref name="inFlight"/> at a time.</summary>
    private static async Task<(List<double> Latencies, TimeSpan Elapsed)> MeasureAsync(FakeDiscordServer fake, int count, int? rate, int? inFlight)
    {
        var latencies = new double[count];
        var gate = new SemaphoreSlim(inFlight ?? int.MaxValue);
        var tasks = new List<Task>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (rate is { } perSecond)
            {
                var due = TimeSpan.FromSeconds((double)i / perSecond) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due);
                }
            }

            await gate.WaitAsync();
            var index = i;
            var data = Mix[i % Mix.Length].DeepClone();
            var type = data["options"]?[0]?["focused"] is null ? 2 : 4;
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    var started = Stopwatch.GetTimestamp();
                    var interaction = await fake.InjectInteractionAsync(type, data);
                    await fake.WaitForCallbackAsync(interaction.Id, TimeSpan.FromSeconds(30));
                    latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        await Task.WhenAll(tasks);
        return ([.. latencies], clock.Elapsed);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("seeds/ was not found above " + AppContext.BaseDirectory);
    }
}
