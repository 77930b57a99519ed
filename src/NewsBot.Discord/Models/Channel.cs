namespace NewsBot.Discord.Models;

/// <summary>A channel (type 0 = guild text, 5 = announcement, 1 = DM).</summary>
public sealed record Channel(Snowflake Id, int Type)
{
    public Snowflake? GuildId { get; init; }
    public string? Name { get; init; }
    public string? Topic { get; init; }
}
