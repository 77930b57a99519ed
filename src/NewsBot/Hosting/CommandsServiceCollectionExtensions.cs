using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Commands;
using NewsBot.ConsoleMode;
using NewsBot.Handlers;

namespace NewsBot.Hosting;

/// <summary>Registers the command handlers and the router every front end (Discord, console) sends commands through.</summary>
public static class CommandsServiceCollectionExtensions
{
    public static IServiceCollection AddNewsCommands(this IServiceCollection services)
    {
        services.TryAddSingleton<ArticleLookup>();
        services.TryAddSingleton<SummaryService>();
        services.TryAddSingleton<QuoteLookup>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<ConsoleSession>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, SearchCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, ArticlesCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, ArticleCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, SummaryCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, QuoteCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, SpeakersCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, StatusCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlashCommand, HelpCommand>());
        return services;
    }
}
