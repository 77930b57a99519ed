using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Core.Summaries;

/// <summary>Registers the summarizers; both are stateless and thread-safe, so one instance serves every request.</summary>
public static class SummariesServiceCollectionExtensions
{
    public static IServiceCollection AddNewsSummaries(this IServiceCollection services)
    {
        services.TryAddSingleton<ISummarizer, ExtractiveSummarizer>();
        services.TryAddSingleton<ITopicSummarizer, TopicSummarizer>();
        return services;
    }
}
