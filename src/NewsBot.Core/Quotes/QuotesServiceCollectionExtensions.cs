using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Core.Quotes;

/// <summary>Registers quote extraction; the extractor is stateless, so one instance serves every article.</summary>
public static class QuotesServiceCollectionExtensions
{
    public static IServiceCollection AddNewsQuotes(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IQuoteExtractor, QuoteExtractor>();
        return services;
    }
}
