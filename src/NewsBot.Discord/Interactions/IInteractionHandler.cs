using NewsBot.Discord.Models;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// The application's entry point for interactions (commands, autocomplete, buttons, modals). Called concurrently, in a DI
/// scope per interaction, off the gateway loop. Answer through <paramref name="responder"/>: if the handler has not answered
/// within <see cref="DiscordOptions.AutoDeferAfter"/>, the responder defers for it and a later answer edits the original.
/// </summary>
public interface IInteractionHandler
{
    ValueTask HandleAsync(Interaction interaction, InteractionResponder responder, CancellationToken ct);
}
