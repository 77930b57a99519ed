using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>Writes snowflakes as strings; reads strings and (leniently) numbers, as some old payloads carry numeric ids.</summary>
public sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new Snowflake(reader.GetUInt64());
        }

        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong value, out var consumed) && consumed == reader.ValueSpan.Length)
        {
            return new Snowflake(value);
        }

        // A JsonException (not FormatException) so callers treat it as the bad payload it is.
        return reader.TokenType == JsonTokenType.String && Snowflake.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonException($"Expected a snowflake (a string of digits), found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
