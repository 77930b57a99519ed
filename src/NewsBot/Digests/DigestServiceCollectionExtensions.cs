using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsBot.Digests;

/// <summary>Scheduled digests: options, the delivery service, Quartz triggers and their start-up sync.</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddNewsDigestDelivery(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton<DigestTriggers>();
        services.TryAddSingleton<DigestDeliveryService>();
        return services;
    }

    /// <summary>Keeps Quartz's triggers in step with the subscriptions when a long-running host starts.</summary>
    public static IServiceCollection AddNewsDigestSchedule(this IServiceCollection services) =>
        services.AddHostedService<DigestTriggerSync>();
}
