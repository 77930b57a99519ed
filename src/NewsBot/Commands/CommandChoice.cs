namespace NewsBot.Commands;

/// <summary>A value offered to the user: a fixed choice of an option, or an autocomplete suggestion.</summary>
public sealed record CommandChoice(string Name, string Value);
