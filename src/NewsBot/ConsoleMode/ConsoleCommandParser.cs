using NewsBot.Commands;

namespace NewsBot.ConsoleMode;

/// <summary>
/// Reads a console line written as in Discord: <c>/summary topic:binance russia length:short</c>. An option's value runs
/// until the next known option name of that command followed by a colon, so values may hold spaces, quotes and URLs.
/// </summary>
public static class ConsoleCommandParser
{
    public static CommandRequest? Parse(string line, Func<string, CommandDefinition?> definitions)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(definitions);
        var text = line.Trim();
        if (!text.StartsWith('/') || text.Length == 1)
        {
            return null;
        }

        var nameEnd = text.IndexOfAny([' ', '\t']);
        var name = (nameEnd < 0 ? text[1..] : text[1..nameEnd]).ToLowerInvariant();
        var rest = nameEnd < 0 ? string.Empty : text[nameEnd..];
        var definition = definitions(name);
        string? subcommand = null;
        if (definition is { Subcommands.Count: > 0 })
        {
            var words = rest.TrimStart();
            var wordEnd = words.IndexOfAny([' ', '\t']);
            var first = wordEnd < 0 ? words : words[..wordEnd];
            if (definition.FindSubcommand(first) is { } sub)
            {
                subcommand = sub.Name;
                rest = wordEnd < 0 ? string.Empty : words[wordEnd..];
                definition = sub;
            }
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var known = definition?.Options.Select(o => o.Name).ToList() ?? [];
        var starts = FindOptionStarts(rest, known);
        for (var i = 0; i < starts.Count; i++)
        {
            var (option, valueStart, _) = starts[i];
            var valueEnd = i + 1 < starts.Count ? starts[i + 1].OptionStart : rest.Length;
            options[option] = rest[valueStart..valueEnd].Trim();
        }

        // Text before the first option, or unknown "name:" words, become an option the router will name as unknown.
        var leading = (starts.Count > 0 ? rest[..starts[0].OptionStart] : rest).Trim();
        if (leading.Length > 0)
        {
            var colon = leading.IndexOf(':', StringComparison.Ordinal);
            options[colon > 0 && !leading[..colon].Contains(' ', StringComparison.Ordinal) ? leading[..colon] : "(text)"] = leading;
        }

        return new CommandRequest(name, options, CommandCaller.Console) { Subcommand = subcommand };
    }

    private static List<(string Name, int ValueStart, int OptionStart)> FindOptionStarts(string rest, List<string> known)
    {
        var found = new List<(string, int, int)>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (i > 0 && !char.IsWhiteSpace(rest[i - 1]))
            {
                continue;
            }

            foreach (var name in known)
            {
                if (string.Compare(rest, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && i + name.Length < rest.Length && rest[i + name.Length] == ':')
                {
                    found.Add((name, i + name.Length + 1, i));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The console line that runs a request: what a button's target is shown as.</summary>
    public static string Format(CommandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return "/" + request.FullName + string.Concat(request.Options.Select(o => $" {o.Key}:{o.Value}"));
    }
}
