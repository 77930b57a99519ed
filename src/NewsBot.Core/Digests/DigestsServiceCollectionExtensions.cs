using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Stories;
using NewsBot.Core.Summaries;

namespace NewsBot.Core.Digests;

/// <summary>
/// Registers digest composition (and story grouping and summaries, which it uses). The quote source defaults to
/// <see cref="NullStoryQuoteSource"/> with TryAdd: a quote store registered before this call wins; one registered after
/// should use <c>services.Replace(...)</c>.
/// </summary>
public static class DigestsServiceCollectionExtensions
{
    public static IServiceCollection AddNewsDigests(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddNewsStories().AddNewsSummaries();
        services.TryAddSingleton<IStoryQuoteSource, NullStoryQuoteSource>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<DigestCandidateLoader>();
        return services;
    }
}
