using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Core.Indexing;
using NewsBot.Digests;
using NewsBot.Hosting;
using NewsBot.Publishing;
using NewsBot.Scheduling;

namespace NewsBot.Tests.Host.Digests;

/// <summary>A NewsBot host with the real Quartz scheduler and digest delivery on a given SQLite file, posting to a recorder.</summary>
internal static class DigestHost
{
    public static IHost Build(string databasePath, RecordingPublisher publisher, TimeSpan? catchUp = null)
    {
        var builder = BotHost.CreateBuilder(HostMode.Cli,
        [
            $"--Storage:DatabasePath={databasePath}",
            "--Digest:MinimumInterval=00:00:01",
            $"--Digest:CatchUpWindow={catchUp ?? TimeSpan.FromHours(6)}",
            "--Scheduling:MisfireThreshold=00:00:01",
        ]);
        builder.Services.AddNewsScheduling(builder.Configuration).AddNewsDigestDelivery().AddNewsDigestSchedule();
        builder.Services.AddSingleton<IChannelPublisher>(publisher);
        builder.Services.AddSingleton<IChannelAccess, ConsoleChannelAccess>();
        return builder.Build();
    }

    public static async Task<DigestSubscription> SubscribeAsync(IHost host, string channel, string cron)
    {
        var store = host.Services.GetRequiredService<IDigestSubscriptionStore>();
        var subscription = await store.AddAsync(new NewDigestSubscription("g", channel, cron, cron, "UTC", null, null, 5, 1, "u"));
        await host.Services.GetRequiredService<DigestTriggers>().ScheduleAsync(subscription, replace: true, CancellationToken.None);
        return subscription;
    }

    public static Task IndexAsync(IHost host, params string[] paths) => host.Services.GetRequiredService<ArticleIndexer>().IndexPathsAsync(paths);

    /// <summary>A cron firing once a day at the given UTC time (to the second).</summary>
    public static string DailyAt(DateTimeOffset time) => $"{time.UtcDateTime.Second} {time.UtcDateTime.Minute} {time.UtcDateTime.Hour} * * ?";

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(100);
        }
    }
}
