namespace NewsBot.Discord.Models;

/// <summary>
/// Which mentions in the content may ping. Always sent: Discord's default for channel messages parses everything, including
/// @everyone, which is wrong for a bot that echoes news titles and quotes. <see cref="None"/> (<c>parse: []</c>) is the default here.
/// </summary>
public sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new();

    public IReadOnlyList<string> Parse { get; init; } = [];
    public IReadOnlyList<Snowflake>? Users { get; init; }
    public IReadOnlyList<Snowflake>? Roles { get; init; }
    public bool? RepliedUser { get; init; }

    /// <summary>Pings exactly these users and nothing else (Discord rejects parse "users" together with a users list).</summary>
    public static AllowedMentions OnlyUsers(params IReadOnlyList<Snowflake> users) => new() { Users = users };
}
