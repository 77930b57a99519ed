using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Feeds;
using NewsBot.Handlers;
using NewsBot.Commands;

namespace NewsBot.Feeds;

/// <summary>Feeds as a product feature: management (every mode) and polling on the Quartz scheduler (console and bot modes).</summary>
public static class FeedsServiceCollectionExtensions
{
    /// <summary>The store, checks and /feed command; without a scheduler (CLI verbs), a running bot picks changes up from the store.</summary>
    public static IServiceCollection AddNewsFeedManagement(this IServiceCollection services)
    {
        services.AddNewsFeeds();
        services.TryAddSingleton<IFeedSchedule, NoFeedSchedule>();
        services.TryAddSingleton<FeedService>();
        services.TryAddSingleton<FeedPollRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, FeedCommand>());
        return services;
    }

    /// <summary>
    /// Polling: one Quartz trigger per feed, created at start from the store and <c>Ingest:Feeds</c>, and kept in line with the
    /// store while running (feeds changed from the CLI). Needs
    /// <c>AddNewsScheduling</c> (Quartz) and, for notices, an <see cref="Publishing.IChannelPublisher"/>.
    /// </summary>
    public static IServiceCollection AddNewsFeedPolling(this IServiceCollection services)
    {
        services.AddNewsFeedManagement();
        services.Replace(ServiceDescriptor.Singleton<IFeedSchedule, QuartzFeedSchedule>());
        services.AddHostedService<FeedStartupService>();
        services.AddHostedService<FeedResyncService>();
        return services;
    }
}
