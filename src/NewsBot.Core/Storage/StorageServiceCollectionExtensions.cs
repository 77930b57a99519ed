using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Core.Feeds;
using NewsBot.Core.Indexing;
using NewsBot.Core.Storage.Sqlite;

namespace NewsBot.Core.Storage;

/// <summary>Registers the SQLite index (articles, quotes, speakers), the indexer with quote extraction, and the digest quote source. Storage options bind from the "Storage" section and are checked at start.</summary>
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
        services.AddNewsQuotes();
        services.TryAddSingleton<IQuoteStore, SqliteQuoteStore>();
        // Digests get real quotes once the store exists, whichever of AddNewsStorage and AddNewsDigests runs first.
        services.Replace(ServiceDescriptor.Singleton<IStoryQuoteSource, StoredStoryQuoteSource>());
        services.TryAddSingleton<ArticleIndexer>();
        services.TryAddSingleton<QuoteRefresher>();
        services.TryAddSingleton<IDigestSubscriptionStore, SqliteDigestSubscriptionStore>();
        services.TryAddSingleton<IFeedStore, SqliteFeedStore>();
        return services;
    }
}
