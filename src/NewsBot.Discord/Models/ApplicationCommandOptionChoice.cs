using System.Globalization;
using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>A choice (in a definition or an autocomplete answer): a display name and a string, integer or number value.</summary>
public sealed record ApplicationCommandOptionChoice(string Name, JsonElement Value)
{
    public static ApplicationCommandOptionChoice FromString(string name, string value) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));

    public static ApplicationCommandOptionChoice FromInteger(string name, long value) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64));

    public static ApplicationCommandOptionChoice FromNumber(string name, double value) =>
        new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}={Value.GetRawText()}");
}
