using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Feeds;
using NewsBot.Hosting;
using NewsBot.Publishing;
using NewsBot.Scheduling;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>
/// NewsBot's real host on a fresh SQLite file, with feed polling and a <see cref="RecordingPublisher"/>; with
/// <c>scheduler</c> the real Quartz scheduler runs too (as in console and bot modes).
/// </summary>
internal sealed class FeedTestHost : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-feeds-").FullName;

    public FeedTestHost(bool scheduler = false, bool allowPrivate = true, params string[] switches)
    {
        string[] all = [$"--Storage:DatabasePath={Path.Combine(_folder, "data", "newsbot.db")}", $"--Ingest:AllowPrivateNetworks={allowPrivate}", .. switches];
        var builder = BotHost.CreateBuilder(HostMode.Cli, all);
        if (scheduler)
        {
            builder.Services.AddNewsScheduling(builder.Configuration);
            builder.Services.AddNewsFeedPolling();
        }

        builder.Services.AddSingleton<IChannelPublisher>(Publisher);
        Host = builder.Build();
    }

    public IHost Host { get; }

    public RecordingPublisher Publisher { get; } = new();

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
