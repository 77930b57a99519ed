using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Interactions;

/// <summary>
/// Runs <see cref="IInteractionHandler"/> for each interaction on the thread pool, at most
/// <see cref="DiscordOptions.MaxConcurrentInteractions"/> at a time, each in its own DI scope. The responder (and its auto-defer
/// timer) starts at receipt, so an interaction waiting for a slot still meets Discord's 3 s deadline.
/// </summary>
internal sealed class InteractionDispatcher(
    IServiceScopeFactory scopes, IOptions<DiscordOptions> options, TimeProvider time, ILogger<InteractionDispatcher> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentInteractions);
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Dispatch(Interaction interaction, CancellationToken stopping)
    {
        var task = RunAsync(interaction, stopping);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for running handlers at shutdown, up to <paramref name="timeout"/>.</summary>
    public Task DrainAsync(TimeSpan timeout) => Task.WhenAll(_running.Keys).WaitAsync(timeout, time).ContinueWith(static _ => { }, TaskScheduler.Default);

    public void Dispose() => _slots.Dispose();

    private async Task RunAsync(Interaction interaction, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rest = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();
        await using var responder = new InteractionResponder(interaction, rest, options.Value.AutoDeferAfter, time, logger);
        await Task.Yield(); // never run a handler on the gateway's receive loop
        await _slots.WaitAsync(stopping);
        try
        {
            var handler = scope.ServiceProvider.GetService<IInteractionHandler>();
            if (handler is null)
            {
                DiscordLog.NoHandler(logger, interaction.Id.ToString());
                return;
            }

            await handler.HandleAsync(interaction, responder, stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            DiscordLog.HandlerFailed(logger, ex, interaction.Id.ToString(), interaction.Data?.Name ?? interaction.Data?.CustomId);
            await TryReportFailureAsync(responder);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Tells the user something went wrong instead of leaving "thinking…" or "interaction failed".</summary>
    private static async Task TryReportFailureAsync(InteractionResponder responder)
    {
        if (responder.State == ResponseState.Responded || responder.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            return;
        }

        try
        {
            await responder.RespondAsync(new InteractionMessage("Sorry, something went wrong while handling this.").AsEphemeral());
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TimeoutException or DiscordRequestRefusedException or InvalidOperationException)
        {
            // Already logged as the handler failure; nothing more to do for this interaction.
        }
    }
}
