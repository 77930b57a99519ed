using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>The one callback an interaction allows, sent under the gate that keeps a second one (or a late auto-defer) out.</summary>
public sealed partial class InteractionResponder
{
    private async Task CallbackAsync<TData>(InteractionCallbackType type, TData? data, ResponseState next, CancellationToken ct)
        where TData : class
    {
        var info = DiscordJsonContext.Default.GetTypeInfo(typeof(InteractionCallback<TData>)) as System.Text.Json.Serialization.Metadata.JsonTypeInfo<InteractionCallback<TData>>;
        try
        {
            await _rest.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, new InteractionCallback<TData>(type, data), info!, ct);
            State = next;
        }
        catch (DiscordApiException ex) when (ex.Code == 40060)
        {
            State = ResponseState.Responded; // acknowledged elsewhere: never try again.
            throw;
        }
    }

    private async Task WithGateAsync(Func<Task> action)
    {
        await _gate.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void RequireComponent()
    {
        if (Interaction.Type != InteractionType.MessageComponent)
        {
            throw new InvalidOperationException($"Only a component interaction can update its message, not {Interaction.Type}.");
        }
    }

    private InvalidOperationException AlreadyAnswered() =>
        new($"Interaction {Interaction.Id} was already answered ({State}); use FollowupAsync or EditOriginalAsync.");
}
