using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Hosting;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Discord client: options from the <c>Discord</c> section (validated at start), the REST client with its
    /// handlers, and the hosted service running the shards. The app registers its <see cref="IInteractionHandler"/> and any
    /// <see cref="IDiscordReadyHandler"/>.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(DiscordTimings.Default);
        services.TryAddSingleton<BotTokenState>();
        services.TryAddSingleton<RateLimitState>();
        services.TryAddSingleton<InvalidRequestBudget>();
        services.TryAddTransient<RateLimitHandler>();
        services.TryAddTransient<RetryHandler>();
        services.TryAddTransient<BotAuthHandler>();
        services.AddHttpClient<DiscordRestClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // per attempt, in RetryHandler
                http.DefaultRequestHeaders.UserAgent.Clear();
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent(options));
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            })
            // The factory's default request logging prints full URLs, and webhook/callback URLs contain interaction tokens.
            .RemoveAllLoggers()
            .AddHttpMessageHandler<RateLimitHandler>()
            .AddHttpMessageHandler<RetryHandler>()
            .AddHttpMessageHandler<BotAuthHandler>();
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.TryAddSingleton<IGatewayEvents, GatewayEventSink>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    /// <summary>The form Discord requires: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    internal static string UserAgent(DiscordOptions options)
    {
        var version = typeof(DiscordRestClient).Assembly.GetName().Version ?? new Version(0, 0);
        return $"DiscordBot ({options.UserAgentUrl}, {version.ToString(3)})";
    }
}
