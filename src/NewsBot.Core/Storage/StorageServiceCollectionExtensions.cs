using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Core.Feeds;
using NewsBot.Core.Indexing;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Core.Storage;

/// <summary>Registers the SQLite index and the indexer. Storage options bind from the "Storage" section and are checked at start.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddNewsStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StorageOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(StorageOptions.Section).Bind(o))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<IArticleStore, SqliteArticleStore>();
        services.TryAddSingleton<ArticleIndexer>();
        services.TryAddSingleton<IDigestSubscriptionStore, SqliteDigestSubscriptionStore>();
        services.TryAddSingleton<IFeedStore, SqliteFeedStore>();
        return services;
    }
}
