using System.Globalization;

namespace NewsBot.Commands;

/// <summary>
/// Checks a request against its command's declaration before any handler runs, so every caller (Discord, console, a forged
/// button) gets the same limits: no unknown options, required ones present, integers in range, strings within their length,
/// choices among those offered (matched without regard to case and given back in their canonical form).
/// </summary>
internal static class CommandValidator
{
    public static (CommandRequest? Request, string? Problem) Validate(CommandDefinition definition, CommandRequest request)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Options)
        {
            if (definition.Find(name) is not { } option)
            {
                var known = definition.Options.Count == 0 ? "it takes no options" : "its options are " + string.Join(", ", definition.Options.Select(o => o.Name));
                return (null, $"/{definition.Name} has no option '{name}': {known}.");
            }

            if (Check(definition, option, value) is { } problem)
            {
                return (null, problem);
            }

            options[option.Name] = Canonical(option, value.Trim());
        }

        if (definition.Options.FirstOrDefault(o => o.Required && !options.ContainsKey(o.Name)) is { } missing)
        {
            return (null, $"/{definition.Name} needs {missing.Name}: {missing.Description}. Usage: {definition.Usage}");
        }

        return (request with { Options = options }, null);
    }

    private static string? Check(CommandDefinition definition, CommandOption option, string value)
    {
        var label = $"/{definition.Name} {option.Name}";
        var max = option.MaxLength ?? CommandDefinition.MaxStringLength;
        if (value.Length > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{label} is {value.Length} characters long; keep it under {max}.");
        }

        switch (option.Type)
        {
            case CommandOptionType.Integer:
                if (!long.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return $"{label} takes a whole number, not '{Shorten(value)}'.";
                }

                if ((option.MinValue is { } min && number < min) || (option.MaxValue is { } top && number > top))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{label} must be between {option.MinValue ?? int.MinValue} and {option.MaxValue ?? int.MaxValue}.");
                }

                break;
            case CommandOptionType.Boolean when value.Trim().ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "1" or "0"):
                return $"{label} takes true or false, not '{Shorten(value)}'.";
            case CommandOptionType.Channel when !value.Trim().TrimStart('<', '#').TrimEnd('>').All(char.IsAsciiDigit):
                return $"{label} takes a channel (#news or its id), not '{Shorten(value)}'.";
        }

        if (option.Choices is { Count: > 0 } choices && !choices.Any(c => Matches(c, value)))
        {
            return $"{label} takes one of: {string.Join(", ", choices.Select(c => c.Value))}; not '{Shorten(value)}'.";
        }

        return null;
    }

    private static string Canonical(CommandOption option, string value) =>
        option.Choices?.FirstOrDefault(c => Matches(c, value))?.Value
        ?? (option.Type == CommandOptionType.Channel ? value.TrimStart('<', '#').TrimEnd('>') : value);

    private static bool Matches(CommandChoice choice, string value) =>
        string.Equals(choice.Value, value.Trim(), StringComparison.OrdinalIgnoreCase)
        || string.Equals(choice.Name, value.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
