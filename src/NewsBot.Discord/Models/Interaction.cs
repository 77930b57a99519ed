namespace NewsBot.Discord.Models;

/// <summary>An interaction received over the gateway (INTERACTION_CREATE). The token is a secret: never log it.</summary>
public sealed record Interaction(Snowflake Id, Snowflake ApplicationId, InteractionType Type, string Token)
{
    public InteractionData? Data { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? ChannelId { get; init; }

    /// <summary>Set in guilds; <see cref="User"/> is set in DMs instead.</summary>
    public GuildMember? Member { get; init; }
    public User? User { get; init; }

    /// <summary>For component interactions: the message that holds the component.</summary>
    public Message? Message { get; init; }
    public string? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }
    public int? Context { get; init; }
    public int Version { get; init; } = 1;

    /// <summary>The user who acted, in a guild or in a DM.</summary>
    public User? Invoker => Member?.User ?? User;
}
