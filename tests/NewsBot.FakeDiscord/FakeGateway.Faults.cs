using System.Text.Json.Nodes;

namespace NewsBot.FakeDiscord;

/// <summary>Faults and events tests inject into the live connections.</summary>
public sealed partial class FakeGateway
{
    /// <summary>Dispatches an event on the session of <paramref name="shardId"/>; kept for replay if the client is away.</summary>
    public async Task DispatchAsync(string eventName, JsonNode data, int shardId = 0)
    {
        var session = _sessions.Values.Where(s => s.ShardId == shardId).OrderByDescending(s => s.Id.Length).ThenByDescending(s => s.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException($"No session for shard {shardId} yet: wait for READY first.");
        var json = session.Append(eventName, data);
        if (session.Connection is { IsOpen: true, Identified: true } connection && connection.Session == session)
        {
            await connection.SendAsync(json);
        }
    }

    /// <summary>Op 1 from the server: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync() => ForEachAsync(c => c.SendAsync("""{"op":1,"d":null,"s":null,"t":null}"""));

    /// <summary>Op 7; closes with 4000 after <paramref name="closeAfter"/> if the client has not closed first.</summary>
    public Task ReconnectAsync(TimeSpan? closeAfter = null) => ForEachAsync(async c =>
    {
        await c.SendAsync("""{"op":7,"d":null,"s":null,"t":null}""");
        _ = Task.Delay(closeAfter ?? TimeSpan.FromSeconds(2)).ContinueWith(_ => c.CloseAsync(4000, "Reconnect"), TaskScheduler.Default);
    });

    /// <summary>Op 9. With <paramref name="resumable"/> false the session is also forgotten, as on Discord.</summary>
    public Task InvalidateSessionAsync(bool resumable) => ForEachAsync(async c =>
    {
        if (!resumable && c.Session is { } session)
        {
            _sessions.TryRemove(session.Id, out _);
        }

        await c.SendAsync(resumable ? """{"op":9,"d":true,"s":null,"t":null}""" : """{"op":9,"d":false,"s":null,"t":null}""");
    });

    /// <summary>Closes every live connection with <paramref name="code"/>; 4007 and 4009 also forget the session.</summary>
    public Task CloseAsync(int code) => ForEachAsync(c =>
    {
        if (code is 4007 or 4009 && c.Session is { } session)
        {
            _sessions.TryRemove(session.Id, out _);
        }

        return c.CloseAsync(code, "Closed by test");
    });

    /// <summary>Drops every live connection without a close frame.</summary>
    public Task AbortAsync() => ForEachAsync(c =>
    {
        c.Abort();
        return Task.CompletedTask;
    });

    private Task ForEachAsync(Func<FakeGatewayConnection, Task> action)
    {
        FakeGatewayConnection[] live;
        lock (_lock)
        {
            live = [.. _live.Where(c => c.IsOpen)];
        }

        return Task.WhenAll(live.Select(action));
    }
}
