namespace NewsBot.Commands;

/// <summary>
/// A slash command as users see it: name, description, options, and whether it needs the Manage Server permission (the
/// configuration commands). A command may instead have <see cref="Subcommands"/> (<c>/digest subscribe</c>, <c>/digest list</c>),
/// each a definition of its own with its options and permission; as in Discord, such a command has no options of its own.
/// <see cref="Usage"/> is the one-line form /help and error messages show.
/// </summary>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<CommandOption> Options,
    bool RequiresManageServer = false,
    IReadOnlyList<CommandDefinition>? Subcommands = null)
{
    /// <summary>Discord's limit on option string values; NewsBot's own options stay within it.</summary>
    public const int MaxStringLength = 6000;

    public IReadOnlyList<CommandDefinition> Subcommands { get; init; } = Subcommands ?? [];

    public string Usage => "/" + Name + string.Concat(Options.Select(o => o.Required ? $" {o.Name}:<{o.Name}>" : $" [{o.Name}:…]"));

    public CommandOption? Find(string option) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, option, StringComparison.OrdinalIgnoreCase));

    public CommandDefinition? FindSubcommand(string? name) =>
        name is null ? null : Subcommands.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The definition a request is checked against: the subcommand's when it names one, else the command's own.</summary>
    public CommandDefinition Resolve(string? subcommand) =>
        FindSubcommand(subcommand) is { } sub ? sub with { Name = Name + " " + sub.Name } : this;
}
