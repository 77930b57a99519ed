using NewsBot.Commands;
using NewsBot.Discord.Models;

namespace NewsBot.DiscordMode;

/// <summary>Turns an interaction into the neutral <see cref="CommandRequest"/> the router takes, whoever sent it.</summary>
public static class InteractionRequests
{
    /// <summary>Discord's ADMINISTRATOR (0x8) and MANAGE_GUILD (0x20) permission bits.</summary>
    public const ulong Administrator = 0x8;
    public const ulong ManageGuild = 0x20;

    public static CommandCaller CallerOf(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var member = interaction.Member;
        return new CommandCaller(
            interaction.Invoker?.Id.ToString(),
            interaction.GuildId?.ToString(),
            interaction.ChannelId?.ToString(),
            CanManageServer: member is not null && (member.HasPermission(ManageGuild) || member.HasPermission(Administrator)));
    }

    /// <summary>
    /// A slash command (or its autocomplete): the name, the subcommand if any, and the argument values as text. The focused
    /// option of an autocomplete is included with what has been typed so far.
    /// </summary>
    public static CommandRequest? FromCommand(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Data?.Name is not { Length: > 0 } name)
        {
            return null;
        }

        var options = interaction.Data.Options ?? [];
        string? subcommand = null;
        if (options is [{ IsSubcommandOrGroup: true } sub])
        {
            subcommand = sub.Name;
            options = sub.Options ?? [];
            if (options is [{ IsSubcommandOrGroup: true } nested])
            {
                // NewsBot declares no groups; a group's subcommand is named "group sub" so the router reports it as unknown.
                subcommand += " " + nested.Name;
                options = nested.Options ?? [];
            }
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in options.Where(o => !o.IsSubcommandOrGroup))
        {
            if (option.ValueAsString() is { } value)
            {
                values[option.Name] = value;
            }
        }

        return new CommandRequest(name, values, CallerOf(interaction)) { Subcommand = subcommand };
    }
}
