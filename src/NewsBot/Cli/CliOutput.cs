using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsBot.Cli.Json;

namespace NewsBot.Cli;

/// <summary>
/// Where a verb writes: results to standard output (text or JSON), messages to standard error. Exit codes: 0 success,
/// 1 a user error (one line on stderr saying what to do), 2 a usage error.
/// </summary>
public sealed class CliOutput(TextWriter output, TextWriter error)
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int UsageError = 2;

    /// <summary>Accents and quotes as they are: the output is read by people and by JSON parsers, not embedded in HTML.</summary>
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public void WriteJson<T>(T value, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var info = (JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!;
        Out.WriteLine(JsonSerializer.Serialize(value, info));
    }

    public int Fail(string message)
    {
        Error.WriteLine("error: " + message);
        return UserError;
    }
}
