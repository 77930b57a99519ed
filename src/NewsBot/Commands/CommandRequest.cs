using System.Globalization;

namespace NewsBot.Commands;

/// <summary>
/// A command as parsed from Discord or from a console line: its name and option values as text (Discord sends typed values;
/// the router checks and converts them against the <see cref="CommandDefinition"/>). <see cref="Subcommand"/> names the
/// subcommand (<c>subscribe</c> in <c>/digest subscribe</c>) for commands that have them.
/// </summary>
public sealed record CommandRequest(string Name, IReadOnlyDictionary<string, string> Options, CommandCaller Caller)
{
    public string? Subcommand { get; init; }

    /// <summary>The command as typed: "digest subscribe" or "search".</summary>
    public string FullName => Subcommand is null ? Name : Name + " " + Subcommand;

    public string? Get(string option) =>
        Options.TryGetValue(option, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public int? GetInt(string option) =>
        Get(option) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public bool? GetBool(string option) => Get(option)?.ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => null,
    };

    /// <summary>The same command with one option changed (a "next page" button re-runs its command this way).</summary>
    public CommandRequest With(string option, string value)
    {
        var options = new Dictionary<string, string>(Options, StringComparer.OrdinalIgnoreCase) { [option] = value };
        return this with { Options = options };
    }
}
