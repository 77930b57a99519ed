using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>The automatic defer: a handler still busy after <see cref="DiscordOptions.AutoDeferAfter"/> keeps its interaction alive.</summary>
public sealed partial class InteractionResponder
{
    private async Task AutoDeferAsync(TimeSpan after)
    {
        try
        {
            await WithGateAsync(async () =>
            {
                if (State != ResponseState.None)
                {
                    return;
                }

                DiscordLog.AutoDeferred(_logger, Interaction.Id.ToString(), after.TotalMilliseconds);
                if (Interaction.Type == InteractionType.MessageComponent)
                {
                    await CallbackAsync(InteractionCallbackType.DeferredUpdateMessage, (DeferredCallbackData?)null, ResponseState.DeferredUpdate, CancellationToken.None);
                }
                else
                {
                    await CallbackAsync(InteractionCallbackType.DeferredChannelMessageWithSource, new DeferredCallbackData(null), ResponseState.Deferred, CancellationToken.None);
                }
            });
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TimeoutException or DiscordRequestRefusedException)
        {
            DiscordLog.AutoDeferFailed(_logger, ex, Interaction.Id.ToString());
        }
    }
}
