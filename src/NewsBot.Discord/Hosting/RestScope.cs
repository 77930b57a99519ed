using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Hosting;

/// <summary>A short-lived scope holding a typed <see cref="DiscordRestClient"/> (typed clients must not be kept in singletons).</summary>
internal sealed class RestScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public DiscordRestClient Rest { get; } = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

internal static class RestScopeExtensions
{
    public static RestScope CreateRestScope(this IServiceProvider services) => new(services.CreateAsyncScope());
}
