using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Commands;

/// <summary>The kinds of option values NewsBot's commands take (a subset of Discord's option types).</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Discord's own names for option types.")]
public enum CommandOptionType
{
    String,
    Integer,
    Boolean,
    Channel,
}
