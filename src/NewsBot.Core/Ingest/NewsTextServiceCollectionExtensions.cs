using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;

namespace NewsBot.Core.Ingest;

/// <summary>Registers the text pipeline: language detection, the HTML article extractor, the preparer and the file readers.</summary>
public static class NewsTextServiceCollectionExtensions
{
    public static IServiceCollection AddNewsText(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ILanguageDetector, LanguageDetector>();
        services.TryAddSingleton<HtmlArticleExtractor>();
        services.TryAddSingleton<IArticlePreparer, ArticlePreparer>();
        return services;
    }
}
