using System.Text;

namespace NewsBot.Commands;

/// <summary>
/// Writes a command request into a button's state string and reads it back, so a button means the same after a restart.
/// Format: <c>v1/name[.subcommand]/key=value/key=value</c> with each part percent-encoded. Discord caps custom ids at 100 characters:
/// <see cref="TryEncode"/> returns null when a request does not fit, and the caller then shows no button rather than a broken one.
/// </summary>
public static class CommandState
{
    public const int MaxLength = 100;
    private const string Version = "v1";

    public static string? TryEncode(CommandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new StringBuilder(Version).Append('/').Append(Uri.EscapeDataString(request.Name));
        if (request.Subcommand is { } subcommand)
        {
            builder.Append('.').Append(Uri.EscapeDataString(subcommand));
        }

        foreach (var (key, value) in request.Options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            builder.Append('/').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.Length <= MaxLength ? builder.ToString() : null;
    }

    /// <summary>Reads a state string back; null for anything this version did not write (an old or forged custom id).</summary>
    public static CommandRequest? TryDecode(string? state, CommandCaller caller)
    {
        if (string.IsNullOrEmpty(state) || state.Length > MaxLength)
        {
            return null;
        }

        var parts = state.Split('/');
        if (parts.Length < 2 || parts[0] != Version || parts[1].Length == 0)
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts.Skip(2))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            options[Uri.UnescapeDataString(part[..equals])] = Uri.UnescapeDataString(part[(equals + 1)..]);
        }

        var names = parts[1].Split('.', 2);
        return new CommandRequest(Uri.UnescapeDataString(names[0]), options, caller)
        {
            Subcommand = names.Length > 1 ? Uri.UnescapeDataString(names[1]) : null,
        };
    }
}
