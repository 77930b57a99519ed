using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord.Hosting;

/// <summary>
/// Runs this process's shards. When Discord says reconnecting cannot help (bad token, invalid shard, disallowed intents),
/// it logs why, sets <see cref="Environment.ExitCode"/> to <see cref="FatalExitCode"/> and stops the host.
/// </summary>
internal sealed class DiscordGatewayService(
    IServiceProvider services, IOptions<DiscordOptions> options, DiscordTimings timings, TimeProvider time,
    IGatewayTransportFactory transports, IGatewayEvents events, InteractionDispatcher dispatcher,
    IHostApplicationLifetime lifetime, ILogger<DiscordGatewayService> logger)
    : BackgroundService
{
    public const int FatalExitCode = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var info = await GetGatewayAsync(stoppingToken);
            var o = options.Value;
            var gate = new IdentifyGate(info.SessionStartLimit, timings, time, logger);
            var context = new GatewayShardContext(o.Token, o.GatewayUrl ?? new Uri(info.Url), o.ShardCount, transports, gate, events, timings, time, logger);
            var ids = o.ShardIds.Count > 0 ? [.. o.ShardIds] : Enumerable.Range(0, o.ShardCount).ToArray();
            using var shardsStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var running = ids.Select(id => new GatewayShard(id, context).RunAsync(shardsStop.Token)).ToList();
            var first = await Task.WhenAny(running);
            await shardsStop.CancelAsync(); // one shard failing fatally stops the others
            await Task.WhenAll(running).ContinueWith(static _ => { }, TaskScheduler.Default);
            await first; // rethrows the first shard's failure
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        catch (DiscordGatewayFatalException ex)
        {
            Fail(ex.Message);
        }
        catch (DiscordApiException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            Fail("GET /gateway/bot was refused: " + ex.Message + " Check Discord:Token.");
        }
        catch (DiscordRequestRefusedException ex)
        {
            Fail(ex.Message);
        }
#pragma warning disable CA1031 // Any other failure is a bug; the bot must still stop visibly rather than run deaf.
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            DiscordLog.GatewayCrashed(logger, ex);
            Fail("unexpected error in the gateway: " + ex.GetType().Name);
        }
        finally
        {
            await dispatcher.DrainAsync(TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>GET /gateway/bot, retried with backoff while Discord or the network is down (the REST client already retried 5xx).</summary>
    private async Task<GatewayBotInfo> GetGatewayAsync(CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateRestScope();
                return await scope.Rest.GetGatewayBotAsync(ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException || ex is DiscordApiException { StatusCode: >= HttpStatusCode.InternalServerError })
            {
                var delay = timings.ReconnectBaseDelay * Math.Pow(2, Math.Min(attempt, 6));
                DiscordLog.Reconnecting(logger, -1, "GET /gateway/bot failed: " + ex.Message, "retry", delay.TotalMilliseconds);
                await Task.Delay(delay, time, ct);
            }
        }
    }

    private void Fail(string reason)
    {
        DiscordLog.Stopping(logger, reason, FatalExitCode);
        Environment.ExitCode = FatalExitCode;
        lifetime.StopApplication();
    }
}
