using NewsBot.Commands;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>/help: every command with its usage, written from the same declarations that register them.</summary>
public sealed class HelpCommand(IServiceProvider services) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("help", "What NewsBot can do", []);

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        // Resolved late: the router holds this handler, so asking for the router in the constructor would be a cycle.
        var router = (CommandRouter)services.GetService(typeof(CommandRouter))!;
        var lines = router.Definitions
            .SelectMany(d => d.Subcommands.Count == 0 ? [d] : d.Subcommands.Select(s => d.Resolve(s.Name) with { RequiresManageServer = s.RequiresManageServer || d.RequiresManageServer }))
            .Select(d => $"**{d.Usage}**\n{d.Description}{(d.RequiresManageServer ? " (Manage Server)" : string.Empty)}");
        var card = new ReplyCard("NewsBot commands", string.Join("\n\n", lines),
            Footer: "Options in [brackets] are optional. Ids autocomplete as you type.");
        return Task.FromResult(new Reply([card], Ephemeral: true, Tone: ReplyTone.Usage));
    }
}
