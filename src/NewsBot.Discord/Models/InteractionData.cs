using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>
/// The <c>data</c> of an interaction. Command and autocomplete interactions fill Id/Name/Type/Options/Resolved/TargetId;
/// component interactions fill CustomId/ComponentType/Values; modal submits fill CustomId/Components.
/// </summary>
public sealed record InteractionData
{
    public Snowflake? Id { get; init; }
    public string? Name { get; init; }
    public ApplicationCommandType? Type { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>Users, members, roles, channels and attachments referenced by options, kept raw as the bot reads few of them.</summary>
    public JsonElement? Resolved { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? TargetId { get; init; }
    public string? CustomId { get; init; }
    public ComponentType? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<JsonElement>? Components { get; init; }

    /// <summary>The option being typed in an autocomplete interaction, searched through subcommands and groups.</summary>
    public InteractionDataOption? FocusedOption => InteractionDataOption.FindFocused(Options);
}
