using System.Globalization;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>A Discord id: a 64-bit integer that travels as a JSON string (JavaScript numbers lose precision past 2^53).</summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value)
{
    /// <summary>Milliseconds since the first second of 2015, the Discord epoch.</summary>
    private const long DiscordEpochMs = 1420070400000;

    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMs);

    public static Snowflake Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a Discord snowflake (an unsigned 64-bit integer).");

    public static bool TryParse(string? text, out Snowflake id)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        id = new Snowflake(value);
        return ok;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
