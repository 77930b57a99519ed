namespace NewsBot.Commands;

/// <summary>
/// A slash command as users see it: name, description, options, and whether it needs the Manage Server permission (the
/// configuration commands). <see cref="Usage"/> is the one-line form /help and error messages show.
/// </summary>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<CommandOption> Options,
    bool RequiresManageServer = false)
{
    /// <summary>Discord's limit on option string values; NewsBot's own options stay within it.</summary>
    public const int MaxStringLength = 6000;

    public string Usage => "/" + Name + string.Concat(Options.Select(o => o.Required ? $" {o.Name}:<{o.Name}>" : $" [{o.Name}:…]"));

    public CommandOption? Find(string option) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, option, StringComparison.OrdinalIgnoreCase));
}
