using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NewsBot.Digests;

/// <summary>Scheduled digests: options, content, the delivery service, Quartz triggers and their start-up sync, /digest.</summary>
public static class DigestServiceCollectionExtensions
{
    public static IServiceCollection AddNewsDigestDelivery(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton<DigestTriggers>();
        services.TryAddSingleton<DigestDeliveryService>();
        services.TryAddSingleton<IDigestContentBuilder, DigestContentBuilder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Commands.ISlashCommand, Handlers.DigestCommand>());
        return services;
    }

    /// <summary>Keeps Quartz's triggers in step with the subscriptions when a long-running host starts.</summary>
    public static IServiceCollection AddNewsDigestSchedule(this IServiceCollection services) =>
        services.AddHostedService<DigestTriggerSync>();
}
