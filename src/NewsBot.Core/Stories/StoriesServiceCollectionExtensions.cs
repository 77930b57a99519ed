using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsBot.Core.Stories;

/// <summary>Registers story grouping with the default options (stateless: one instance serves every digest).</summary>
public static class StoriesServiceCollectionExtensions
{
    public static IServiceCollection AddNewsStories(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(StoryOptions.Default);
        services.TryAddSingleton<IStoryClusterer>(sp => new StoryClusterer(sp.GetRequiredService<StoryOptions>()));
        return services;
    }
}
