using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Discord;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Publishing;

namespace NewsBot.DiscordMode;

/// <summary>Bot mode: the Discord client, NewsBot's interaction handler and command registration, the Discord publishing ports.</summary>
public static class DiscordModeServiceCollectionExtensions
{
    public static IServiceCollection AddNewsDiscordBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordClient(configuration);
        services.TryAddSingleton<IInteractionHandler, NewsBotInteractionHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IDiscordReadyHandler, CommandRegistrar>());
        services.TryAddSingleton<IChannelPublisher, DiscordChannelPublisher>();
        services.TryAddSingleton<IChannelAccess, DiscordChannelAccess>();
        services.AddHostedService<StartupIndexingService>();
        return services;
    }
}
