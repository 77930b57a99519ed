using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingest.Readers;
using NewsBot.Core.Web;

namespace NewsBot.Tests.Core.Feeds;

public sealed class IngestOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddNewsFeeds().BuildServiceProvider();
    }

    [Fact]
    public void AddNewsFeeds_IngestSection_BoundBesideOtherIngestKeys()
    {
        using var provider = Build(new()
        {
            ["Ingest:AllowPrivateNetworks"] = "true",
            ["Ingest:FetchTimeout"] = "00:00:10",
            ["Ingest:MaxResponseBytes"] = "2048",
            ["Ingest:MaxConcurrentFetches"] = "2",
            ["Ingest:PollInterval"] = "00:30:00",
            ["Ingest:Feeds:0:Url"] = "https://gazette.example/rss",
            ["Ingest:Feeds:1:Url"] = "https://orbit.example/feed.json",
            ["Ingest:Feeds:1:PollInterval"] = "01:00:00",
            ["Ingest:Feeds:1:ChannelId"] = "123456789012345678",
            ["Ingest:MaxConcurrentPolls"] = "3",
            ["Ingest:Folders:0"] = "/srv/news",
            ["Ingest:MaxFileBytes"] = "1000",
        });

        var options = provider.GetRequiredService<IOptions<IngestOptions>>().Value;

        Assert.True(options.AllowPrivateNetworks);
        Assert.Equal(TimeSpan.FromSeconds(10), options.FetchTimeout);
        Assert.Equal(2048, options.MaxResponseBytes);
        Assert.Equal(2, options.MaxConcurrentFetches);
        Assert.Equal(TimeSpan.FromMinutes(30), options.PollInterval);
        Assert.Equal(5, options.MaxRedirects);
        Assert.Equal(["https://gazette.example/rss", "https://orbit.example/feed.json"], options.Feeds.Select(f => f.Url));
        Assert.Equal(TimeSpan.FromHours(1), options.Feeds[1].PollInterval);
        Assert.Equal(("123456789012345678", 3, TimeSpan.FromDays(90)), (options.Feeds[1].ChannelId, options.MaxConcurrentPolls, options.SeenKeyRetention));
        Assert.Equal(1000, provider.GetRequiredService<IOptions<DocumentReaderOptions>>().Value.MaxFileBytes);
        Assert.IsType<SafeHttpFetcher>(provider.GetRequiredService<ISafeHttpFetcher>());
        Assert.NotNull(provider.GetRequiredService<FeedPoller>());
    }

    [Fact]
    public void AddNewsFeeds_NoConfiguration_Defaults()
    {
        using var provider = new ServiceCollection().AddLogging().AddNewsFeeds().BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<IngestOptions>>().Value;

        Assert.False(options.AllowPrivateNetworks);
        Assert.Equal(10L * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(TimeSpan.FromMinutes(15), options.PollInterval);
        Assert.Equal(TimeSpan.FromMinutes(1), options.FeedSyncInterval);
        Assert.Empty(options.Feeds);
    }

    [Fact]
    public void AddNewsFeeds_InvalidValues_EveryBadKeyNamed()
    {
        using var provider = Build(new()
        {
            ["Ingest:FetchTimeout"] = "00:00:00",
            ["Ingest:MaxResponseBytes"] = "0",
            ["Ingest:MaxRedirects"] = "-1",
            ["Ingest:MaxConcurrentFetches"] = "0",
            ["Ingest:WarnAfterFailures"] = "5",
            ["Ingest:PauseAfterFailures"] = "2",
            ["Ingest:UserAgent"] = "News\u0001Bot",
            ["Ingest:Feeds:0:Url"] = "ftp://user:pw@files.example/feed",
            ["Ingest:Feeds:0:PollInterval"] = "00:00:05",
            ["Ingest:Feeds:0:ChannelId"] = "#news",
            ["Ingest:MaxConcurrentPolls"] = "0",
            ["Ingest:SeenKeyRetention"] = "01:00:00",
            ["Ingest:FeedSyncInterval"] = "00:00:00",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IngestOptions>>().Value);

        foreach (var key in new[] { "FetchTimeout", "MaxResponseBytes", "MaxRedirects", "MaxConcurrentFetches", "PauseAfterFailures", "UserAgent", "Feeds:0:Url", "Feeds:0:PollInterval", "Feeds:0:ChannelId", "MaxConcurrentPolls", "SeenKeyRetention", "FeedSyncInterval" })
        {
            Assert.Contains("Ingest:" + key, error.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("pw", error.Message, StringComparison.Ordinal);
    }
}
