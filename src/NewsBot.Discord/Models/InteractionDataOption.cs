using System.Globalization;
using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>
/// One node of the options tree: a subcommand or group carries nested <see cref="Options"/>, an argument carries a <see cref="Value"/>
/// (never both). In autocomplete the option being typed has <see cref="Focused"/> set.
/// </summary>
public sealed record InteractionDataOption(string Name, ApplicationCommandOptionType Type)
{
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }
    public bool? Focused { get; init; }

    public bool IsSubcommandOrGroup => Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup;

    /// <summary>The value as text: strings as is, numbers and booleans in invariant form.</summary>
    public string? ValueAsString() => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    public long? ValueAsInt64() => Value is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var n) ? n : null;

    public double? ValueAsDouble() => Value is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    public bool? ValueAsBoolean() => Value?.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };

    public Snowflake? ValueAsSnowflake() => Snowflake.TryParse(ValueAsString(), out var id) ? id : null;

    /// <summary>The direct child option named <paramref name="name"/> (ordinal, as Discord names are lowercase).</summary>
    public InteractionDataOption? Find(string name) => Options?.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    internal static InteractionDataOption? FindFocused(IReadOnlyList<InteractionDataOption>? options)
    {
        foreach (var option in options ?? [])
        {
            if (option.Focused == true)
            {
                return option;
            }

            if (FindFocused(option.Options) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={ValueAsString()}");
}
