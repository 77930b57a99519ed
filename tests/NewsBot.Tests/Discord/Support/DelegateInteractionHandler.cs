using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Discord.Support;

public sealed class DelegateInteractionHandler(Func<Interaction, InteractionResponder, CancellationToken, Task> handle) : IInteractionHandler
{
    public async ValueTask HandleAsync(Interaction interaction, InteractionResponder responder, CancellationToken ct) =>
        await handle(interaction, responder, ct);
}
