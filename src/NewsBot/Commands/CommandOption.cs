namespace NewsBot.Commands;

/// <summary>
/// One option of a command, declared once: it registers the Discord option, drives console parsing and validation, and writes
/// /help. Limits (<see cref="MaxLength"/>, <see cref="MinValue"/>, <see cref="MaxValue"/>) are checked for every caller.
/// </summary>
public sealed record CommandOption(
    string Name,
    string Description,
    CommandOptionType Type = CommandOptionType.String,
    bool Required = false,
    bool Autocomplete = false,
    IReadOnlyList<CommandChoice>? Choices = null,
    int? MaxLength = null,
    int? MinValue = null,
    int? MaxValue = null);
