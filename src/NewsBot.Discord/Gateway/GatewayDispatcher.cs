using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>Handles the op 0 events a slash-command bot needs; the rest (GUILD_CREATE, ...) are ignored.</summary>
internal sealed class GatewayDispatcher(int shardId, GatewayShardContext context, GatewaySession session)
{
    /// <summary>Returns true when the event proves the session healthy (READY or RESUMED).</summary>
    public bool Dispatch(GatewayPayload payload)
    {
        switch (payload.T)
        {
            case "READY":
                var ready = payload.D!.Value.Deserialize(DiscordJsonContext.Default.ReadyData)!;
                session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                var guilds = payload.D.Value.TryGetProperty("guilds", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;
                DiscordLog.Ready(context.Logger, shardId, ready.User.Username, ready.Application.Id.ToString(), guilds);
                context.Events.OnReady(new DiscordReady(shardId, context.ShardCount, ready.Application.Id, ready.User, guilds));
                return true;
            case "RESUMED":
                DiscordLog.Resumed(context.Logger, shardId, session.Sequence);
                return true;
            case "INTERACTION_CREATE":
                try
                {
                    var interaction = payload.D!.Value.Deserialize(DiscordJsonContext.Default.Interaction)!;
                    if (string.IsNullOrEmpty(interaction.Token))
                    {
                        throw new JsonException("The interaction has no token, so it cannot be answered.");
                    }

                    context.Events.OnInteraction(interaction);
                }
                catch (JsonException ex)
                {
                    // Skipped, not fatal: failing the connection would resume and replay the same payload for ever.
                    DiscordLog.BadInteraction(context.Logger, shardId, payload.S, ex.Message);
                }

                return false;
            default:
                return false;
        }
    }
}
