using Microsoft.Extensions.Logging;
using NewsBot.Commands;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Replies;

namespace NewsBot.DiscordMode;

/// <summary>
/// NewsBot's answer to every interaction: slash commands and buttons go through the same <see cref="CommandRouter"/> as the
/// console, autocomplete asks the router for suggestions. Commands known to be slow are deferred at once (ephemeral when
/// their reply is); anything else slower than <c>Discord:AutoDeferAfter</c> is deferred by the responder. Buttons carry
/// their whole request in the custom id, so paging works after a restart; a custom id NewsBot did not write gets an
/// ephemeral error and leaves the message as it was.
/// </summary>
public sealed partial class NewsBotInteractionHandler(CommandRouter router, TimeProvider time, ILogger<NewsBotInteractionHandler> logger) : IInteractionHandler
{
    /// <summary>
    /// Autocomplete cannot be deferred: this long after the interaction arrived, the user gets no suggestions rather than an
    /// error. Counted from receipt, not from when the handler starts (it may have waited for a slot), and a second short of
    /// Discord's 3 s so that the answer still gets there on a busy machine.
    /// </summary>
    public static readonly TimeSpan AutocompleteBudget = TimeSpan.FromSeconds(2);

    public async ValueTask HandleAsync(Interaction interaction, InteractionResponder responder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(responder);
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand:
                await CommandAsync(interaction, responder, ct);
                break;
            case InteractionType.ApplicationCommandAutocomplete:
                await AutocompleteAsync(interaction, responder, ct);
                break;
            case InteractionType.MessageComponent:
                await ButtonAsync(interaction, responder, ct);
                break;
            default:
                LogIgnored(logger, interaction.Type);
                break;
        }
    }

    private async Task CommandAsync(Interaction interaction, InteractionResponder responder, CancellationToken ct)
    {
        if (InteractionRequests.FromCommand(interaction) is not { } request)
        {
            await responder.RespondAsync(DiscordReplyRenderer.ToInteractionMessage(Reply.Usage("This command came without a name. Type /help to see NewsBot's commands.")), ct);
            return;
        }

        if (SlowCommands.DeferAs(request) is { } ephemeral)
        {
            await responder.DeferAsync(ephemeral, ct);
        }

        var reply = await router.ExecuteAsync(request, ct);
        await responder.RespondAsync(DiscordReplyRenderer.ToInteractionMessage(reply), ct);
    }

    private async Task AutocompleteAsync(Interaction interaction, InteractionResponder responder, CancellationToken ct)
    {
        var focused = interaction.Data?.FocusedOption;
        IReadOnlyList<ApplicationCommandOptionChoice> choices = [];
        if (focused is not null && InteractionRequests.FromCommand(interaction) is { } request)
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var left = AutocompleteBudget - (time.GetUtcNow() - responder.ReceivedAt);
            budget.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            try
            {
                var suggestions = await router.AutocompleteAsync(request, focused.Name, focused.ValueAsString() ?? string.Empty, budget.Token);
                choices = [.. suggestions.Take(CommandRouter.MaxChoices).Select(s => CommandRegistration.Choice(focused.Type, s))
                    .Where(c => focused.Type != ApplicationCommandOptionType.Integer || c.Value.ValueKind == System.Text.Json.JsonValueKind.Number)];
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                LogAutocompleteSlow(logger, request.FullName, focused.Name);
            }
        }

        await responder.AutocompleteAsync(choices, ct);
    }

    private async Task ButtonAsync(Interaction interaction, InteractionResponder responder, CancellationToken ct)
    {
        var caller = InteractionRequests.CallerOf(interaction);
        if (CommandState.TryDecode(interaction.Data?.CustomId, caller) is not { } request)
        {
            await responder.RespondAsync(DiscordReplyRenderer.ToInteractionMessage(
                Reply.Error("This button is not one NewsBot made, or it comes from an older version. Run the command again.")), ct);
            return;
        }

        var started = time.GetTimestamp();
        var reply = await router.ExecuteAsync(request, ct);
        if (reply.Tone != ReplyTone.Normal)
        {
            // A problem is told to the one who pressed (ephemeral), without replacing the message everyone sees.
            await responder.RespondAsync(DiscordReplyRenderer.ToInteractionMessage(reply), ct);
        }
        else
        {
            await responder.UpdateMessageAsync(DiscordReplyRenderer.ToInteractionMessage(reply), ct);
        }

        LogButton(logger, request.FullName, time.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Debug, Message = "Ignored an interaction of type {Type}")]
    private static partial void LogIgnored(ILogger logger, InteractionType type);

    [LoggerMessage(EventId = 411, Level = LogLevel.Warning, Message = "Autocomplete for /{Command} {Option} took too long; answered with no suggestions")]
    private static partial void LogAutocompleteSlow(ILogger logger, string command, string option);

    [LoggerMessage(EventId = 412, Level = LogLevel.Debug, Message = "Button re-ran /{Command} in {Milliseconds:0} ms")]
    private static partial void LogButton(ILogger logger, string command, double milliseconds);
}
