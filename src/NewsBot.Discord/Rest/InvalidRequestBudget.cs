using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Counts 401, 403 and non-shared 429 answers over a sliding 10 minutes. Discord bans the IP at 10,000; we slow every
/// request down past half of <see cref="DiscordOptions.InvalidRequestBudget"/> and refuse to send at the full budget.
/// </summary>
internal sealed class InvalidRequestBudget(IOptions<DiscordOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _hits = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                Prune();
                return _hits.Count;
            }
        }
    }

    public int Limit => options.Value.InvalidRequestBudget;

    public void Record()
    {
        lock (_lock)
        {
            _hits.Enqueue(time.GetUtcNow());
        }
    }

    private void Prune()
    {
        var cutoff = time.GetUtcNow() - Window;
        while (_hits.Count > 0 && _hits.Peek() < cutoff)
        {
            _hits.Dequeue();
        }
    }
}
