using System.Text.Json;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>Describes a JSON syntax error for people: the parser's reason with 1-based line and column.</summary>
internal static class JsonErrors
{
    public static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
        return exception.LineNumber is { } line && exception.BytePositionInLine is { } column
            ? $"not valid JSON at line {line + 1}, column {column + 1}: {reason}"
            : $"not valid JSON: {reason}";
    }
}
