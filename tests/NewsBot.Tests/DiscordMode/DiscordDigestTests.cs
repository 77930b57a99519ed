using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Digests;
using NewsBot.DiscordMode;
using NewsBot.FakeDiscord;
using NewsBot.Publishing;

namespace NewsBot.Tests.DiscordMode;

/// <summary>Digests posted through the Discord publisher to the fake Discord: once per slot across a crash, paused on 403.</summary>
public sealed class DiscordDigestTests
{
    private static readonly string[] FastDigests = ["--Digest:MinimumInterval=00:00:01", "--Scheduling:MisfireThreshold=00:00:01"];

    private static NewDigestSubscription Daily(string channel) => new("200", channel, "daily 08:00", "0 0 8 * * ?", "UTC", null, null, 5, 1, "600");

    private static IReadOnlyList<RecordedRequest> Posts(BotHarness bot) =>
        [.. bot.Fake.Recorder.Requests.Where(r => r.Method == "POST" && r.Route == "/channels/400/messages")];

    [Fact]
    public async Task CrashBetweenPostAndCommit_DeliveryRunTwice_DiscordShowsOneMessage()
    {
        CrashAfterPostPublisher? crashing = null;
        await using var bot = await BotHarness.StartAsync(
            services => services.Replace(ServiceDescriptor.Singleton<IChannelPublisher>(sp =>
                crashing = new CrashAfterPostPublisher(ActivatorUtilities.CreateInstance<DiscordChannelPublisher>(sp)))),
            FastDigests);
        var store = bot.Host.Services.GetRequiredService<IDigestSubscriptionStore>();
        var delivery = bot.Host.Services.GetRequiredService<DigestDeliveryService>();
        var subscription = await store.AddAsync(Daily("400"));
        var slot = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60);

        await Assert.ThrowsAsync<IOException>(() => delivery.DeliverAsync(subscription.Id, slot, manual: false, CancellationToken.None));
        crashing!.Crash = false;
        var report = await delivery.DeliverAsync(subscription.Id, slot, manual: false, CancellationToken.None);

        Assert.Equal(DeliveryState.Posted, report.State);
        var results = crashing.Results.ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(PublishOutcome.Posted, r.Outcome));
        Assert.Equal(results[0].MessageIds, results[1].MessageIds);
        Assert.Equal(results[0].MessageIds, report.MessageIds);
        var posts = Posts(bot);
        Assert.Equal(2 * results[0].MessageIds.Count, posts.Count);
        var nonce = DeliveryNonce.For(subscription.Id, slot);
        Assert.All(posts, p =>
        {
            var body = JsonNode.Parse(p.Body)!;
            Assert.True((bool)body["enforce_nonce"]!);
            Assert.StartsWith(nonce[..20], (string)body["nonce"]!, StringComparison.Ordinal);
            Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        });
        await bot.AssertAllBodiesValidAsync();
    }

    [Fact]
    public async Task RefusedChannel_ScheduledDigest_PausesTheSubscriptionWithDiscordsReason()
    {
        await using var bot = await BotHarness.StartAsync(switches: FastDigests);
        bot.Fake.Rest.Enqueue(FakeHttpFault.Error("POST", "/channels/400/messages", 403, 50013, "Missing Permissions"));
        var store = bot.Host.Services.GetRequiredService<IDigestSubscriptionStore>();
        var subscription = await store.AddAsync(Daily("400") with { Cron = "* * * * * ?" });

        await bot.Host.Services.GetRequiredService<DigestTriggers>().ScheduleAsync(subscription, replace: true, CancellationToken.None);
        try
        {
            await bot.Fake.Recorder.WaitUntilAsync(() => Posts(bot).Count > 0, BotHarness.Wait, "the digest post");
        }
        catch (TimeoutException e)
        {
            // What the bot logged (warnings and errors) is what tells a slow machine from a job that never ran.
            throw new TimeoutException($"{e.Message} Bot logs:\n{string.Join('\n', bot.Logs.Lines)}", e);
        }
        var deadline = DateTime.UtcNow + BotHarness.Wait;
        DigestSubscription? stored;
        while ((stored = await store.GetAsync(subscription.Id))?.IsPaused != true)
        {
            Assert.True(DateTime.UtcNow < deadline, "the subscription was not paused");
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // later slots fire but must not post to a paused subscription
        Assert.Single(Posts(bot));
        Assert.Equal(403, Posts(bot)[0].Status);
        Assert.Contains("Missing Permissions", stored.PausedReason, StringComparison.Ordinal);
    }
}
