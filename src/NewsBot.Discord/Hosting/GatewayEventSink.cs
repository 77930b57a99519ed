using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// Hands gateway events to the application without ever blocking the shard's receive loop. READY handlers are resolved in a
/// scope of their own each time, so they may depend on scoped services and the typed <c>DiscordRestClient</c>.
/// </summary>
internal sealed class GatewayEventSink(
    InteractionDispatcher dispatcher, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<GatewayEventSink> logger)
    : IGatewayEvents
{
    public void OnInteraction(Interaction interaction) => dispatcher.Dispatch(interaction, lifetime.ApplicationStopping);

    public void OnReady(DiscordReady ready) => _ = Task.Run(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IDiscordReadyHandler>())
        {
            try
            {
                await handler.OnReadyAsync(ready, lifetime.ApplicationStopping);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                DiscordLog.ReadyHandlerFailed(logger, ex);
            }
        }
    });
}
