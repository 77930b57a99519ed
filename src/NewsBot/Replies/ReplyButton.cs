using NewsBot.Commands;

namespace NewsBot.Replies;

/// <summary>
/// A button that re-runs a command with other options (next page...). It carries the whole request, so it still works
/// after a restart: Discord gets it encoded in the button's custom_id (<see cref="CommandState"/>), the console as a line to type.
/// </summary>
public sealed record ReplyButton(string Label, CommandRequest Target, bool Disabled = false);
