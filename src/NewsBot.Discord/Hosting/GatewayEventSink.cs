using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Hosting;

/// <summary>Hands gateway events to the application without ever blocking the shard's receive loop.</summary>
internal sealed class GatewayEventSink(
    InteractionDispatcher dispatcher, IEnumerable<IDiscordReadyHandler> readyHandlers, IHostApplicationLifetime lifetime, ILogger<GatewayEventSink> logger)
    : IGatewayEvents
{
    public void OnInteraction(Interaction interaction) => dispatcher.Dispatch(interaction, lifetime.ApplicationStopping);

    public void OnReady(DiscordReady ready)
    {
        foreach (var handler in readyHandlers)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler.OnReadyAsync(ready, lifetime.ApplicationStopping);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    DiscordLog.ReadyHandlerFailed(logger, ex);
                }
            });
        }
    }
}
