using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Ingest.Readers;
using NewsBot.Core.Language.Detection;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Registers the text pipeline: language detection, the HTML article extractor, the preparer and one
/// <see cref="IDocumentReader"/> per file format (resolve <c>IEnumerable&lt;IDocumentReader&gt;</c> and pick by CanRead).
/// Reader limits bind from the "Ingest" section (<c>Ingest:MaxFileBytes</c>).
/// </summary>
public static class NewsTextServiceCollectionExtensions
{
    public static IServiceCollection AddNewsText(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ILanguageDetector, LanguageDetector>();
        services.TryAddSingleton<HtmlArticleExtractor>();
        services.TryAddSingleton<IArticlePreparer, ArticlePreparer>();
        // Bound when the host has configuration; a bare service collection (tests, tools) gets the defaults.
        services.AddOptions<DocumentReaderOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(DocumentReaderOptions.Section).Bind(o))
            .Validate(o => o.MaxFileBytes > 0, "Ingest:MaxFileBytes must be a positive number of bytes.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, PlainTextFileReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, MarkdownFileReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, HtmlFileReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, JsonFileReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, JsonLinesFileReader>());
        return services;
    }
}
