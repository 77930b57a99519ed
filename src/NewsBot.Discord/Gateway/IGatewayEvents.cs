using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>Where a shard hands the events the application cares about. Implementations must return at once.</summary>
internal interface IGatewayEvents
{
    void OnReady(DiscordReady ready);

    void OnInteraction(Interaction interaction);
}
