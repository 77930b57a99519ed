using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Core.Storage.Sqlite;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Digests;

/// <summary>The subscription store and delivery ledger on a real SQLite file.</summary>
public sealed class SqliteDigestSubscriptionStoreTests : IDisposable
{
    private readonly TestIndex _index = new();
    private readonly SqliteDigestSubscriptionStore _store;
    private static readonly DateTimeOffset Slot = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public SqliteDigestSubscriptionStoreTests() => _store = new SqliteDigestSubscriptionStore(_index.Database, _index.Time);

    public void Dispose() => _index.Dispose();

    private Task<DigestSubscription> AddAsync(string channel = "111") =>
        _store.AddAsync(new NewDigestSubscription("9", channel, "daily 08:00", "0 0 8 * * ?", "Europe/Paris", "fr", null, 5, 1, "42"));

    [Fact]
    public async Task Add_ListGetRemove_RoundTrip()
    {
        var added = await AddAsync();

        Assert.Equal(added, await _store.GetAsync(added.Id));
        Assert.Equal([added], await _store.ListAsync("9"));
        Assert.Empty(await _store.ListAsync("other-guild"));
        Assert.True(await _store.RemoveAsync(added.Id));
        Assert.False(await _store.RemoveAsync(added.Id));
        Assert.Null(await _store.GetAsync(added.Id));
    }

    [Fact]
    public async Task Claim_SameSlotTwice_ReturnsOneLedgerRowWithOneNonce()
    {
        var subscription = await AddAsync();

        var first = await _store.ClaimAsync(subscription.Id, Slot);
        var second = await _store.ClaimAsync(subscription.Id, Slot);

        Assert.Equal(DeliveryState.Pending, first.State);
        Assert.Equal(first.Nonce, second.Nonce);
        Assert.Equal(DeliveryNonce.For(subscription.Id, Slot), first.Nonce);
        Assert.True(first.Nonce.Length <= DeliveryNonce.MaxLength);
        Assert.Equal(2, second.Attempts);
    }

    [Fact]
    public async Task Finish_Posted_RecordsArticlesAndLastPosted()
    {
        var subscription = await AddAsync();
        await _index.IndexAsync(SeedFolder.Path);
        var ids = (await _index.Store.ListAsync(new())).Select(a => a.Id).ToList();
        await _store.ClaimAsync(subscription.Id, Slot);

        await _store.FinishAsync(subscription.Id, Slot, DeliveryState.Posted, null, ["m1", "m2"], "111", [ids[0]]);

        var again = await _store.ClaimAsync(subscription.Id, Slot);
        Assert.Equal(DeliveryState.Posted, again.State);
        Assert.Equal(["m1", "m2"], again.MessageIds);
        Assert.Equal([ids[0]], await _store.PostedArticlesAsync("111", ids));
        Assert.Empty(await _store.PostedArticlesAsync("222", ids));
        Assert.NotNull(await _store.LastPostedAsync("111"));
        Assert.Null(await _store.LastPostedAsync("222"));
    }

    [Fact]
    public async Task SetPaused_WithReasonThenNull_PausesAndResumes()
    {
        var subscription = await AddAsync();

        await _store.SetPausedAsync(subscription.Id, "NewsBot cannot post in that channel (403).");
        Assert.True((await _store.GetAsync(subscription.Id))!.IsPaused);
        await _store.SetPausedAsync(subscription.Id, null);
        Assert.False((await _store.GetAsync(subscription.Id))!.IsPaused);
    }
}
