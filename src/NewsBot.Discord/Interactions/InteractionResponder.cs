using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Answers one interaction. Discord allows exactly one callback, within 3 s; this class keeps both rules: a second callback
/// becomes an edit of @original or throws, and when the handler is still busy after <see cref="DiscordOptions.AutoDeferAfter"/>
/// it defers (type 5, or type 6 for components) so that the answer, when it comes, edits @original instead of missing the deadline.
/// </summary>
public sealed partial class InteractionResponder : IAsyncDisposable
{
    private readonly DiscordRestClient _rest;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ITimer? _autoDefer;
    private bool _deferredPrivately;

    internal InteractionResponder(Interaction interaction, DiscordRestClient rest, TimeSpan autoDeferAfter, TimeProvider time, ILogger logger)
    {
        Interaction = interaction;
        ReceivedAt = time.GetUtcNow();
        _rest = rest;
        _logger = logger;
        if (interaction.Type is InteractionType.ApplicationCommand or InteractionType.MessageComponent or InteractionType.ModalSubmit)
        {
            _autoDefer = time.CreateTimer(_ => _ = AutoDeferAsync(autoDeferAfter), null, autoDeferAfter, Timeout.InfiniteTimeSpan);
        }
    }

    public Interaction Interaction { get; }

    /// <summary>When the interaction arrived (the responder is made on receipt): Discord's 3 s deadline runs from here.</summary>
    public DateTimeOffset ReceivedAt { get; }

    public ResponseState State { get; private set; }

    /// <summary>Replies with a message (type 4). After a defer it edits @original (type 5) or sends a follow-up (type 6).</summary>
    public Task RespondAsync(InteractionMessage message, CancellationToken ct = default) => WithGateAsync(async () =>
    {
        switch (State)
        {
            case ResponseState.None:
                await CallbackAsync(InteractionCallbackType.ChannelMessageWithSource, message, ResponseState.Responded, ct);
                break;
            case ResponseState.Deferred when !_deferredPrivately && (message.Flags ?? MessageFlags.None).HasFlag(MessageFlags.Ephemeral):
                // A private answer (an error, a usage hint) after a public defer: an edit of @original cannot hide it, so the
                // public "thinking…" is removed and the answer goes to the user alone.
                await _rest.DeleteOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, ct);
                await _rest.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
                State = ResponseState.Responded;
                break;
            case ResponseState.Deferred:
                await _rest.EditOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
                State = ResponseState.Responded;
                break;
            case ResponseState.DeferredUpdate:
                await _rest.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
                State = ResponseState.Responded;
                break;
            default:
                throw AlreadyAnswered();
        }
    });

    /// <summary>Type 5: shows "thinking…"; finish with <see cref="RespondAsync"/> or <see cref="EditOriginalAsync"/>. Ephemeral is decided here.</summary>
    public Task DeferAsync(bool ephemeral = false, CancellationToken ct = default) => WithGateAsync(async () =>
    {
        if (State == ResponseState.None)
        {
            await CallbackAsync(InteractionCallbackType.DeferredChannelMessageWithSource, new DeferredCallbackData(ephemeral ? MessageFlags.Ephemeral : null), ResponseState.Deferred, ct);
            _deferredPrivately = ephemeral;
        }
        else if (State == ResponseState.Responded)
        {
            throw AlreadyAnswered();
        }
    });

    /// <summary>Type 7 for buttons: replaces the message that holds the component. After a type 6 it edits @original.</summary>
    public Task UpdateMessageAsync(InteractionMessage message, CancellationToken ct = default) => WithGateAsync(async () =>
    {
        RequireComponent();
        switch (State)
        {
            case ResponseState.None:
                await CallbackAsync(InteractionCallbackType.UpdateMessage, message, ResponseState.Responded, ct);
                break;
            case ResponseState.DeferredUpdate:
                await _rest.EditOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, message, ct);
                State = ResponseState.Responded;
                break;
            default:
                throw AlreadyAnswered();
        }
    });

    /// <summary>Type 6 for buttons: acknowledges without changing the message yet.</summary>
    public Task DeferUpdateAsync(CancellationToken ct = default) => WithGateAsync(async () =>
    {
        RequireComponent();
        if (State == ResponseState.None)
        {
            await CallbackAsync(InteractionCallbackType.DeferredUpdateMessage, (DeferredCallbackData?)null, ResponseState.DeferredUpdate, ct);
        }
        else if (State == ResponseState.Responded)
        {
            throw AlreadyAnswered();
        }
    });

    /// <summary>Type 8: the suggestions for the focused option (at most 25; autocomplete cannot be deferred).</summary>
    public Task AutocompleteAsync(IReadOnlyList<ApplicationCommandOptionChoice> choices, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (Interaction.Type != InteractionType.ApplicationCommandAutocomplete)
        {
            throw new InvalidOperationException($"Autocomplete answers only an autocomplete interaction, not {Interaction.Type}.");
        }

        if (choices.Count > 25)
        {
            throw new ArgumentException($"Discord accepts at most 25 autocomplete choices; {choices.Count} were given.", nameof(choices));
        }

        return WithGateAsync(async () =>
        {
            if (State != ResponseState.None)
            {
                throw AlreadyAnswered();
            }

            await CallbackAsync(InteractionCallbackType.ApplicationCommandAutocompleteResult, new AutocompleteCallbackData(choices), ResponseState.Responded, ct);
        });
    }

    /// <summary>Edits the original response (valid for 15 minutes after the interaction).</summary>
    public Task<Message> EditOriginalAsync(InteractionMessage message, CancellationToken ct = default) =>
        State == ResponseState.None
            ? throw new InvalidOperationException("There is no original response to edit yet: respond or defer first.")
            : _rest.EditOriginalInteractionResponseAsync(Interaction.ApplicationId, Interaction.Token, message, ct);

    /// <summary>Sends another message (valid for 15 minutes; may be ephemeral).</summary>
    public Task<Message> FollowupAsync(InteractionMessage message, CancellationToken ct = default) =>
        State == ResponseState.None
            ? throw new InvalidOperationException("A follow-up needs a response first: respond or defer.")
            : _rest.CreateFollowupMessageAsync(Interaction.ApplicationId, Interaction.Token, message, ct);

    public async ValueTask DisposeAsync()
    {
        if (_autoDefer is not null)
        {
            await _autoDefer.DisposeAsync();
        }

        // The gate is not disposed: a late auto-defer callback may still be waiting on it.
    }
}
