using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Digests;
using NewsBot.Publishing;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Host.Digests;

/// <summary>
/// Digests with the real Quartz scheduler on a real SQLite file, across host restarts: one post per slot, catch-up within the
/// window, nothing outside it, a refused channel pauses the subscription, a crash after posting re-sends the same nonce.
/// </summary>
public sealed class DigestSchedulingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-digest-").FullName;

    private string Database => Path.Combine(_folder, "data", "newsbot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<string> WriteArticleAsync(int n)
    {
        var path = Path.Combine(_folder, $"story{n}.txt");
        await File.WriteAllTextAsync(path, $"Harbour number {n} reopens in Brestville{n}\n\nThe harbour number {n} of Brestville{n} reopened on Tuesday after a storm. Officials of Quimperland{n} said ships would return within days.");
        return path;
    }

    [Fact]
    public async Task SecondsCron_PostsOncePerSlot()
    {
        var publisher = new RecordingPublisher();
        using var host = DigestHost.Build(Database, publisher);
        await host.StartAsync();
        await DigestHost.SubscribeAsync(host, "100", "* * * * * ?");

        for (var n = 0; n < 4 && publisher.Posts.Count < 3; n++)
        {
            await DigestHost.IndexAsync(host, await WriteArticleAsync(n));
            var before = publisher.Posts.Count;
            await DigestHost.WaitUntilAsync(() => publisher.Posts.Count > before, TimeSpan.FromSeconds(20));
        }

        await host.StopAsync();
        var nonces = publisher.Posts.Select(p => p.Nonce).ToList();
        Assert.True(nonces.Count >= 3, $"{nonces.Count} posts");
        Assert.Equal(nonces.Count, nonces.Distinct().Count());
        Assert.All(publisher.Posts, p => Assert.Single(p.Reply.Cards));
    }

    [Fact]
    public async Task Restart_DeliveredSlotIsNotPostedAgain()
    {
        var publisher = new RecordingPublisher();
        DigestSubscription subscription;
        DateTimeOffset slot;
        using (var first = DigestHost.Build(Database, publisher))
        {
            await first.StartAsync();
            await DigestHost.IndexAsync(first, SeedFolder.Path);
            // The slot is set once the host is up: a cold first run can take longer than the few seconds it is ahead.
            slot = WholeSecondsFromNow(3);
            subscription = await DigestHost.SubscribeAsync(first, "200", DigestHost.DailyAt(slot));
            await DigestHost.WaitUntilAsync(() => !publisher.Posts.IsEmpty, TimeSpan.FromSeconds(30));
            await first.StopAsync();
        }

        using var second = DigestHost.Build(Database, publisher);
        await second.StartAsync();
        var report = await second.Services.GetRequiredService<DigestDeliveryService>().DeliverAsync(subscription.Id, slot, manual: false, CancellationToken.None);
        await Task.Delay(1500);
        await second.StopAsync();

        Assert.Equal(DeliveryState.Posted, report.State);
        var post = Assert.Single(publisher.Posts);
        Assert.Equal(DeliveryNonce.For(subscription.Id, slot), post.Nonce);
        // The seeds, one English and one French article on the same event, are one story with two sources.
        Assert.Single(post.Reply.Cards);
        Assert.Contains("Sources (2)", post.Reply.Cards[0].Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData(3600, 1)]
    [InlineData(1, 0)]
    public async Task Restart_MissedSlot_IsCaughtUpOnceOnlyWithinTheWindow(int windowSeconds, int expectedPosts)
    {
        var publisher = new RecordingPublisher();
        DateTimeOffset slot;
        DigestSubscription subscription;
        using (var first = DigestHost.Build(Database, publisher))
        {
            await first.StartAsync();
            await DigestHost.IndexAsync(first, SeedFolder.Path);
            slot = WholeSecondsFromNow(2); // set once the host is up, as above
            subscription = await DigestHost.SubscribeAsync(first, "300", DigestHost.DailyAt(slot));
            await first.StopAsync();
        }

        // NewsBot is down while the slot passes, and stays down past the misfire threshold (1 s).
        await Task.Delay(slot - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));
        using var second = DigestHost.Build(Database, publisher, catchUp: TimeSpan.FromSeconds(windowSeconds));
        await second.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var delivery = await second.Services.GetRequiredService<IDigestSubscriptionStore>().ClaimAsync(subscription.Id, slot);
        await second.StopAsync();

        Assert.Equal(expectedPosts, publisher.Posts.Count);
        Assert.Equal(expectedPosts == 1 ? DeliveryState.Posted : DeliveryState.Skipped, delivery.State);
        if (expectedPosts == 0)
        {
            Assert.Contains("Digest:CatchUpWindow", delivery.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RefusedChannel_PausesTheSubscriptionInsteadOfRetrying()
    {
        var publisher = new RecordingPublisher();
        var attempts = 0;
        publisher.Outcome = () =>
        {
            Interlocked.Increment(ref attempts);
            return PublishResult.Refused("403 Missing Access");
        };
        using var host = DigestHost.Build(Database, publisher);
        await host.StartAsync();
        await DigestHost.IndexAsync(host, SeedFolder.Path);
        var subscription = await DigestHost.SubscribeAsync(host, "400", "* * * * * ?");

        await DigestHost.WaitUntilAsync(() => attempts > 0, TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var stored = await host.Services.GetRequiredService<IDigestSubscriptionStore>().GetAsync(subscription.Id);
        await host.StopAsync();

        Assert.Equal(1, attempts);
        Assert.True(stored!.IsPaused);
        Assert.Contains("cannot post in <#400>", stored.PausedReason, StringComparison.Ordinal);
        Assert.Contains("/digest send", stored.PausedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoSlotsAtOnce_SecondWaitsForTheFirstAndSeesTheChannelRefused()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var publisher = new RecordingPublisher { Outcome = () => PublishResult.Refused("403 Missing Access"), Hold = () => release.Task };
        using var host = DigestHost.Build(Database, publisher);
        await host.StartAsync();
        await DigestHost.IndexAsync(host, SeedFolder.Path);
        var subscription = await host.Services.GetRequiredService<IDigestSubscriptionStore>()
            .AddAsync(new NewDigestSubscription("g", "400", "daily 08:00", "0 0 8 * * ?", "UTC", null, null, 5, 1, "u"));
        var delivery = host.Services.GetRequiredService<DigestDeliveryService>();
        var slot = DateTimeOffset.UtcNow.AddMinutes(-2);
        slot = new DateTimeOffset(slot.Ticks - (slot.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

        var first = delivery.DeliverAsync(subscription.Id, slot, manual: false, CancellationToken.None);
        await DigestHost.WaitUntilAsync(() => publisher.Calls == 1, TimeSpan.FromSeconds(20));
        var second = delivery.DeliverAsync(subscription.Id, slot.AddMinutes(1), manual: false, CancellationToken.None);
        // Left unchecked, the second slot would reach the publisher while the first post is still in flight: give it the time.
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (publisher.Calls == 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        release.SetResult();
        var reports = await Task.WhenAll(first, second);
        await host.StopAsync();

        Assert.Equal(1, publisher.Calls);
        Assert.Equal(DeliveryState.Failed, reports[0].State);
        Assert.Equal(DeliveryState.Skipped, reports[1].State);
        Assert.Contains("paused", reports[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrashAfterPosting_RetryOfTheSlotSendsTheSameNonce()
    {
        var publisher = new RecordingPublisher { CrashAfterPosting = true };
        using var host = DigestHost.Build(Database, publisher);
        await host.StartAsync();
        await DigestHost.IndexAsync(host, SeedFolder.Path);
        var store = host.Services.GetRequiredService<IDigestSubscriptionStore>();
        var subscription = await store.AddAsync(new NewDigestSubscription("g", "500", "daily 08:00", "0 0 8 * * ?", "UTC", null, null, 5, 1, "u"));
        var delivery = host.Services.GetRequiredService<DigestDeliveryService>();
        var slot = DateTimeOffset.UtcNow.AddMinutes(-1);
        slot = new DateTimeOffset(slot.Ticks - (slot.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

        await Assert.ThrowsAsync<IOException>(() => delivery.DeliverAsync(subscription.Id, slot, manual: false, CancellationToken.None));
        Assert.Equal(DeliveryState.Pending, (await store.ClaimAsync(subscription.Id, slot)).State);
        publisher.CrashAfterPosting = false;
        var report = await delivery.DeliverAsync(subscription.Id, slot, manual: false, CancellationToken.None);
        await host.StopAsync();

        Assert.Equal(DeliveryState.Posted, report.State);
        Assert.Equal(2, publisher.Posts.Count);
        Assert.Single(publisher.Posts.Select(p => p.Nonce).Distinct());
    }

    /// <summary>A slot a few whole seconds ahead (cron fires on whole seconds).</summary>
    private static DateTimeOffset WholeSecondsFromNow(int seconds)
    {
        var slot = DateTimeOffset.UtcNow.AddSeconds(seconds);
        return new DateTimeOffset(slot.Ticks - (slot.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
