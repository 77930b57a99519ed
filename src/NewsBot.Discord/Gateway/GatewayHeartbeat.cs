namespace NewsBot.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection: the first beat after <c>interval × random[0,1)</c>, then one per interval, each carrying
/// the last sequence. If no ACK came since the previous beat, the connection is a zombie: <see cref="IsZombie"/> is set and
/// <paramref name="onZombie"/> closes the socket with a non-1000 code so the receive loop ends and the shard resumes.
/// </summary>
internal sealed class GatewayHeartbeat(Func<CancellationToken, Task> sendBeat, Func<Task> onZombie, TimeProvider time)
{
    private volatile bool _acked = true;

    public bool IsZombie { get; private set; }

    public void Acknowledge() => _acked = true;

    public async Task RunAsync(TimeSpan interval, CancellationToken ct)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, ct);
            while (!ct.IsCancellationRequested)
            {
                if (!_acked)
                {
                    IsZombie = true;
                    await onZombie();
                    return;
                }

                _acked = false;
                await sendBeat(ct);
                await Task.Delay(interval, time, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The connection ended; its receive loop decides what happens next.
        }
    }
}
