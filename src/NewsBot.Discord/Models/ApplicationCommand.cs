namespace NewsBot.Discord.Models;

/// <summary>
/// A command definition sent in a bulk overwrite, and the command Discord returns (then with Id, ApplicationId, Version, GuildId).
/// <see cref="DefaultMemberPermissions"/> is a decimal string bitset: "0" = administrators only, "32" = Manage Server.
/// </summary>
public sealed record ApplicationCommand(string Name, string Description)
{
    public ApplicationCommandType? Type { get; init; }
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
    public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command may be used: 0 guild, 1 bot DM, 2 private channel. [0] keeps a global command out of DMs.</summary>
    public IReadOnlyList<int>? Contexts { get; init; }
    public IReadOnlyList<int>? IntegrationTypes { get; init; }
    public bool? Nsfw { get; init; }
    public Snowflake? Id { get; init; }
    public Snowflake? ApplicationId { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? Version { get; init; }
}
