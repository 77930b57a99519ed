namespace NewsBot.Discord.Gateway;

/// <summary>What a close code means for us (opcodes-and-status-codes.mdx; DJS onClose).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Our own close for reconnects: not 1000/1001, which would end the session.</summary>
    public const int Reconnect = 4000;

    /// <summary>A reason when reconnecting cannot help, else null.</summary>
    public static string? FatalReason(int? code) => code switch
    {
        4004 => "authentication failed: Discord:Token is wrong or was reset",
        4010 => "invalid shard: check Discord:ShardIds and Discord:ShardCount",
        4011 => "sharding required: the bot is in too many guilds for one shard, raise Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this application in the developer portal",
        _ => null,
    };

    /// <summary>4007 (invalid seq) and 4009 (session timed out) end the session: identify anew instead of resuming.</summary>
    public static bool EndsSession(int? code) => code is 4007 or 4009;
}
