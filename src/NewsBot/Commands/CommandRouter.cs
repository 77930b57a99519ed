using Microsoft.Extensions.Logging;
using NewsBot.Replies;

namespace NewsBot.Commands;

/// <summary>
/// The one entry for every command, whoever sends it (Discord, the console, a button): finds the handler, checks the
/// caller's permission and the options against the declaration, runs it, and turns any failure into a reply that says what
/// to do next. A handler's bug is logged with its stack trace; the user sees a short apology, never the trace.
/// </summary>
public sealed partial class CommandRouter
{
    /// <summary>Discord shows at most 25 autocomplete choices, each at most 100 characters.</summary>
    public const int MaxChoices = 25;
    private const int MaxChoiceLength = 100;

    private readonly Dictionary<string, ISlashCommand> _commands;
    private readonly ILogger<CommandRouter> _logger;

    public CommandRouter(IEnumerable<ISlashCommand> commands, ILogger<CommandRouter> logger)
    {
        ArgumentNullException.ThrowIfNull(commands);
        _commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    public IReadOnlyList<CommandDefinition> Definitions => [.. _commands.Values.Select(c => c.Definition).OrderBy(d => d.Name, StringComparer.Ordinal)];

    public async Task<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_commands.TryGetValue(request.Name, out var command))
        {
            return Reply.Usage($"There is no /{request.Name} command. Type /help to see what NewsBot can do.");
        }

        var definition = command.Definition;
        if (definition.Subcommands.Count > 0)
        {
            if (definition.FindSubcommand(request.Subcommand) is null)
            {
                return Reply.Usage($"/{definition.Name} needs one of: {string.Join(", ", definition.Subcommands.Select(s => s.Name))}. For example: {definition.Resolve(definition.Subcommands[0].Name).Usage}");
            }

            definition = definition.Resolve(request.Subcommand);
        }

        if ((definition.RequiresManageServer || command.Definition.RequiresManageServer) && !request.Caller.CanManageServer)
        {
            return Reply.Error($"/{definition.Name} changes this server's settings, so it needs the Manage Server permission. Ask a server admin.");
        }

        var (valid, problem) = CommandValidator.Validate(definition, request);
        if (valid is null)
        {
            return Reply.Usage(problem!);
        }

        try
        {
            return await command.HandleAsync(valid, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A handler's failure must become a reply, whatever it is: the caller is waiting for an answer.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogHandlerFailed(_logger, e, definition.Name);
            return Reply.Error($"/{definition.Name} failed on NewsBot's side. The error was logged for the operator; try again in a moment.");
        }
    }

    public async Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(CommandRequest request, string option, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_commands.TryGetValue(request.Name, out var command) || command.Definition.Resolve(request.Subcommand).Find(option) is not { Autocomplete: true } declared)
        {
            return [];
        }

        try
        {
            var choices = await command.AutocompleteAsync(declared.Name, typed ?? string.Empty, request, cancellationToken);
            return [.. choices.Take(MaxChoices).Select(c => new CommandChoice(Fit(c.Name), Fit(c.Value)))];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Suggestions are a convenience: a failure shows none rather than an error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogAutocompleteFailed(_logger, e, command.Definition.Name, option);
            return [];
        }
    }

    private static string Fit(string text) => text.Length <= MaxChoiceLength ? text : text[..(MaxChoiceLength - 1)] + "…";

    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "Command /{Command} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string command);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Autocomplete for /{Command} {Option} failed")]
    private static partial void LogAutocompleteFailed(ILogger logger, Exception exception, string command, string option);
}
