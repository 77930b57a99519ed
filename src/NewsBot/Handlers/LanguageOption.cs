using NewsBot.Commands;

namespace NewsBot.Handlers;

/// <summary>The language filter offered by list commands: the languages NewsBot detects.</summary>
internal static class LanguageOption
{
    public const string Name = "language";

    public static CommandOption Declaration(string description = "Only articles in this language") => new(Name, description, Choices:
    [
        new("English", "en"), new("French", "fr"), new("German", "de"), new("Spanish", "es"),
        new("Italian", "it"), new("Portuguese", "pt"), new("Dutch", "nl"),
    ]);
}
