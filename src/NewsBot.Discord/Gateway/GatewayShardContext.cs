using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>What every shard of the process shares.</summary>
internal sealed record GatewayShardContext(
    string Token,
    Uri GatewayUrl,
    int ShardCount,
    IGatewayTransportFactory Transports,
    IdentifyGate IdentifyGate,
    IGatewayEvents Events,
    DiscordTimings Timings,
    TimeProvider Time,
    ILogger Logger)
{
    /// <summary>GUILDS only: INTERACTION_CREATE needs no intent, and no privileged intent is requested.</summary>
    public const int Intents = 1;

    public static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
