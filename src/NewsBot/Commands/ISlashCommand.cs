using NewsBot.Replies;

namespace NewsBot.Commands;

/// <summary>
/// A command handler: declares its command once and answers with a neutral <see cref="Reply"/> that the Discord and console
/// renderers both draw. Options arrive already validated against <see cref="Definition"/>.
/// </summary>
public interface ISlashCommand
{
    CommandDefinition Definition { get; }

    Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken);

    /// <summary>Suggestions for the option being typed (at most 25; answered within Discord's deadline). None by default.</summary>
    Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CommandChoice>>([]);
}
