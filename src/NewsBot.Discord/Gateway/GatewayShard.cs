namespace NewsBot.Discord.Gateway;

/// <summary>
/// One shard: connects, and after each connection ends decides how to go on: RESUME on resume_gateway_url (op 7, op 9 true,
/// resumable close codes, drops, zombies), a fresh IDENTIFY on the cached gateway URL after 1-5 s (op 9 false, 4007, 4009), or
/// stop (4004, 4010-4014). Failed attempts back off exponentially with jitter.
/// </summary>
internal sealed class GatewayShard(int shardId, GatewayShardContext context)
{
    private readonly GatewaySession _session = new();

    public int ShardId => shardId;

    public async Task RunAsync(CancellationToken ct)
    {
        var failures = 0;
        while (true)
        {
            var outcome = await new GatewayConnection(shardId, context, _session).RunAsync(_session.CanResume, ct);
            if (outcome.Next == NextStep.Fatal)
            {
                throw new DiscordGatewayFatalException(outcome.CloseCode ?? 0, outcome.Reason);
            }

            failures = outcome.Healthy ? 0 : failures + 1;
            TimeSpan delay;
            if (outcome.Next == NextStep.Identify)
            {
                _session.Clear();
                var spread = context.Timings.InvalidSessionMaxDelay - context.Timings.InvalidSessionMinDelay;
                delay = context.Timings.InvalidSessionMinDelay + (spread * Random.Shared.NextDouble());
            }
            else
            {
                delay = Backoff(failures);
            }

            DiscordLog.Reconnecting(context.Logger, shardId, outcome.Reason, _session.CanResume ? "resume" : "identify", delay.TotalMilliseconds);
            await Task.Delay(delay, context.Time, ct);
        }
    }

    /// <summary>None after a healthy connection; then base × 2^(n-1), capped, with ±25 % jitter so shards do not reconnect in step.</summary>
    private TimeSpan Backoff(int failures)
    {
        if (failures == 0)
        {
            return TimeSpan.Zero;
        }

        var raw = context.Timings.ReconnectBaseDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = raw < context.Timings.ReconnectMaxDelay ? raw : context.Timings.ReconnectMaxDelay;
        return capped * (0.75 + (Random.Shared.NextDouble() / 2));
    }
}
