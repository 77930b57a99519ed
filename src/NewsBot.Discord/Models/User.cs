namespace NewsBot.Discord.Models;

/// <summary>A Discord user (only the fields a bot needs).</summary>
public sealed record User(Snowflake Id, string Username)
{
    public string? GlobalName { get; init; }
    public string? Discriminator { get; init; }
    public string? Avatar { get; init; }
    public bool? Bot { get; init; }
}
