using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// Spaces IDENTIFYs as Discord requires: shard s uses bucket <c>s % max_concurrency</c>, one identify per bucket per 5 s,
/// and none once the daily session-start budget is spent until it resets (going over it resets the bot token).
/// </summary>
internal sealed class IdentifyGate
{
    private readonly SemaphoreSlim[] _buckets;
    private readonly DateTimeOffset[] _last;
    private readonly SessionStartLimit _limit;
    private readonly DiscordTimings _timings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private int _remaining;
    private DateTimeOffset _budgetResetAt;

    public IdentifyGate(SessionStartLimit limit, DiscordTimings timings, TimeProvider time, ILogger logger)
    {
        var concurrency = Math.Max(1, limit.MaxConcurrency);
        _buckets = [.. Enumerable.Range(0, concurrency).Select(_ => new SemaphoreSlim(1, 1))];
        _last = new DateTimeOffset[concurrency];
        _limit = limit;
        _timings = timings;
        _time = time;
        _logger = logger;
        _remaining = limit.Remaining;
        _budgetResetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
    }

    public async Task WaitAsync(int shardId, CancellationToken ct)
    {
        var bucket = shardId % _buckets.Length;
        await _buckets[bucket].WaitAsync(ct);
        try
        {
            var now = _time.GetUtcNow();
            if (Volatile.Read(ref _remaining) <= 0 && now < _budgetResetAt)
            {
                DiscordLog.IdentifyBudgetWait(_logger, shardId, _remaining, (_budgetResetAt - now).TotalMilliseconds);
                await Task.Delay(_budgetResetAt - now, _time, ct);
                Volatile.Write(ref _remaining, _limit.Total);
                _budgetResetAt = _time.GetUtcNow() + TimeSpan.FromDays(1);
            }

            var next = _last[bucket] + _timings.IdentifyWindow;
            now = _time.GetUtcNow();
            if (now < next)
            {
                await Task.Delay(next - now, _time, ct);
            }

            _last[bucket] = _time.GetUtcNow();
            Interlocked.Decrement(ref _remaining);
        }
        finally
        {
            _buckets[bucket].Release();
        }
    }
}
