using NewsBot.Commands;
using NewsBot.Discord.Models;

namespace NewsBot.DiscordMode;

/// <summary>
/// Writes the router's command declarations as Discord application commands, so registration, console parsing, validation
/// and /help all come from one declaration. Subcommands become SUB_COMMAND options; channel options accept text and
/// announcement channels; commands that change server settings are hidden from members without Manage Server
/// (<c>default_member_permissions "32"</c>; the router checks again on every call, as server admins can override this).
/// </summary>
public static class CommandRegistration
{
    /// <summary>Discord's MANAGE_GUILD permission bit, as the decimal string Discord expects.</summary>
    public const string ManageServer = "32";

    /// <summary>Guild text (0) and announcement (5) channels: the ones NewsBot can post in.</summary>
    public static readonly IReadOnlyList<int> PostableChannelTypes = [0, 5];

    private const int MaxDescription = 100;

    public static IReadOnlyList<ApplicationCommand> ToApplicationCommands(IEnumerable<CommandDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return [.. definitions.Select(ToApplicationCommand)];
    }

    public static ApplicationCommand ToApplicationCommand(CommandDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var options = definition.Subcommands.Count > 0
            ? definition.Subcommands.Select(s => new ApplicationCommandOption(ApplicationCommandOptionType.SubCommand, s.Name, Describe(s.Description))
            {
                Options = Options(s.Options),
            }).ToList()
            : Options(definition.Options);
        return new ApplicationCommand(definition.Name, Describe(definition.Description))
        {
            Type = ApplicationCommandType.ChatInput,
            Options = options,
            DefaultMemberPermissions = definition.RequiresManageServer ? ManageServer : null,
            Contexts = [0], // guilds only: digests and permissions mean nothing in a DM
        };
    }

    /// <summary>Discord requires required options before optional ones; the declared order is kept otherwise.</summary>
    private static List<ApplicationCommandOption>? Options(IReadOnlyList<CommandOption> options) =>
        options.Count == 0 ? null : [.. options.OrderBy(o => o.Required ? 0 : 1).Select(ToOption)];

    private static ApplicationCommandOption ToOption(CommandOption option)
    {
        var type = TypeOf(option.Type);
        return new ApplicationCommandOption(type, option.Name, Describe(option.Description))
        {
            Required = option.Required ? true : null,
            Autocomplete = option.Autocomplete ? true : null,
            Choices = option.Choices is { Count: > 0 } choices ? [.. choices.Select(c => Choice(type, c))] : null,
            MaxLength = type == ApplicationCommandOptionType.String ? option.MaxLength : null,
            MinValue = type == ApplicationCommandOptionType.Integer ? option.MinValue : null,
            MaxValue = type == ApplicationCommandOptionType.Integer ? option.MaxValue : null,
            ChannelTypes = type == ApplicationCommandOptionType.Channel ? PostableChannelTypes : null,
        };
    }

    public static ApplicationCommandOptionType TypeOf(CommandOptionType type) => type switch
    {
        CommandOptionType.Integer => ApplicationCommandOptionType.Integer,
        CommandOptionType.Boolean => ApplicationCommandOptionType.Boolean,
        CommandOptionType.Channel => ApplicationCommandOptionType.Channel,
        _ => ApplicationCommandOptionType.String,
    };

    /// <summary>A choice or suggestion typed as its option: Discord rejects a string value for an integer option.</summary>
    public static ApplicationCommandOptionChoice Choice(ApplicationCommandOptionType type, CommandChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return type == ApplicationCommandOptionType.Integer
            && long.TryParse(choice.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? ApplicationCommandOptionChoice.FromInteger(choice.Name, number)
            : ApplicationCommandOptionChoice.FromString(choice.Name, choice.Value);
    }

    private static string Describe(string description) => TextFit.Fit(string.IsNullOrWhiteSpace(description) ? "-" : description, MaxDescription);
}
