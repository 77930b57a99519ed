using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Ingest;
using NewsBot.Core.Web;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Registers feed polling: <see cref="IngestOptions"/> bound from "Ingest" and validated at start, the
/// <see cref="ISafeHttpFetcher"/>, <see cref="FeedArticleReader"/> and <see cref="FeedPoller"/>, plus the text pipeline
/// (<see cref="NewsTextServiceCollectionExtensions.AddNewsText"/>) they feed.
/// </summary>
public static class NewsFeedsServiceCollectionExtensions
{
    public static IServiceCollection AddNewsFeeds(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddNewsText();
        services.TryAddSingleton(TimeProvider.System);
        // Bound when the host has configuration; a bare service collection (tests, tools) gets the defaults.
        services.AddOptions<IngestOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(IngestOptions.Section).Bind(o))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>());
        services.TryAddSingleton<ISafeHttpFetcher, SafeHttpFetcher>();
        services.TryAddSingleton<FeedArticleReader>();
        services.TryAddSingleton<FeedPoller>();
        services.TryAddSingleton<WebPageReader>();
        return services;
    }
}
