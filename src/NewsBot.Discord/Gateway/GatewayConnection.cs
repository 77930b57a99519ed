using System.Net.WebSockets;
using System.Text.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>One websocket connection of a shard, from connect to the reason it ended.</summary>
internal sealed class GatewayConnection(int shardId, GatewayShardContext context, GatewaySession session)
{
    public async Task<ConnectionOutcome> RunAsync(bool resume, CancellationToken ct)
    {
        var url = GatewayShardContext.WithQuery(resume ? session.ResumeUrl! : context.GatewayUrl);
        DiscordLog.Connecting(context.Logger, shardId, url.GetLeftPart(UriPartial.Path), resume ? "resume" : "identify");
        await using var transport = context.Transports.Create();
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var sender = new GatewaySender(transport, context.Time);
        var heartbeat = new GatewayHeartbeat(token => SendHeartbeatAsync(sender, token), () => CloseAsync(transport, "zombie connection"), context.Time);
        var background = new List<Task>();
        var healthy = false;
        Task? stoppingClose = null;
        try
        {
            await transport.ConnectAsync(url, connection.Token);

            // Receives are not cancelled (a cancelled websocket receive aborts the socket): stopping and zombies close the
            // socket instead, which ends the pending receive with the peer's close or an error.
            using var stopping = ct.Register(() => stoppingClose = CloseAsync(transport, "shutting down", 1000));
            while (true)
            {
                var frame = await transport.ReceiveAsync(CancellationToken.None);
                ct.ThrowIfCancellationRequested();
                if (heartbeat.IsZombie)
                {
                    return Zombie(healthy);
                }

                if (frame.IsClose)
                {
                    return Closed(frame.CloseCode, frame.CloseReason, healthy);
                }

                var payload = JsonSerializer.Deserialize(frame.Payload.Span, DiscordJsonContext.Default.GatewayPayload)
                    ?? throw new JsonException("A gateway message was null.");
                switch (payload.Op)
                {
                    case GatewayOpCode.Hello:
                        var hello = payload.D!.Value.Deserialize(DiscordJsonContext.Default.HelloData)!;
                        background.Add(heartbeat.RunAsync(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), connection.Token));
                        // Identify may wait for its concurrency slot; it must not stall this loop, which reads the ACKs.
                        background.Add(resume ? SendResumeAsync(sender, connection.Token) : SendIdentifyAsync(sender, connection.Token));
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        heartbeat.Acknowledge();
                        break;
                    case GatewayOpCode.Heartbeat:
                        await SendHeartbeatAsync(sender, connection.Token);
                        break;
                    case GatewayOpCode.Reconnect:
                        await CloseAsync(transport, "reconnect requested");
                        return new ConnectionOutcome(NextStep.Resume, "op 7 reconnect", healthy);
                    case GatewayOpCode.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        await CloseAsync(transport, "invalid session");
                        return new ConnectionOutcome(resumable ? NextStep.Resume : NextStep.Identify, resumable ? "op 9 resumable" : "op 9 not resumable", healthy);
                    case GatewayOpCode.Dispatch:
                        session.Observe(payload.S);
                        healthy |= new GatewayDispatcher(shardId, context, session).Dispatch(payload);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or JsonException or HttpRequestException or InvalidOperationException)
        {
            transport.Abort();
            ct.ThrowIfCancellationRequested();
            if (heartbeat.IsZombie)
            {
                return Zombie(healthy);
            }

            DiscordLog.ConnectionFailed(context.Logger, shardId, ex.Message);
            return new ConnectionOutcome(NextStep.Resume, "connection lost: " + ex.GetType().Name, healthy);
        }
        finally
        {
            await connection.CancelAsync();
            await Task.WhenAll([.. background, stoppingClose ?? Task.CompletedTask]).ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    private ConnectionOutcome Zombie(bool healthy)
    {
        DiscordLog.Zombie(context.Logger, shardId);
        return new ConnectionOutcome(NextStep.Resume, "no heartbeat ACK", healthy);
    }

    private ConnectionOutcome Closed(int? code, string? reason, bool healthy)
    {
        if (GatewayCloseCodes.FatalReason(code) is { } fatal)
        {
            DiscordLog.FatalClose(context.Logger, shardId, code!.Value, fatal);
            return new ConnectionOutcome(NextStep.Fatal, fatal, healthy, code);
        }

        var text = $"closed {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "without code"} {reason}".TrimEnd();
        return new ConnectionOutcome(GatewayCloseCodes.EndsSession(code) ? NextStep.Identify : NextStep.Resume, text, healthy, code);
    }

    private Task SendHeartbeatAsync(GatewaySender sender, CancellationToken ct) =>
        sender.SendAsync(new GatewayCommand<long?>(GatewayOpCode.Heartbeat, session.Sequence), DiscordJsonContext.Default.GatewayCommandNullableInt64, ct);

    private async Task SendIdentifyAsync(GatewaySender sender, CancellationToken ct)
    {
        await context.IdentifyGate.WaitAsync(shardId, ct);
        var properties = new IdentifyProperties("linux", "NewsBot.Discord", "NewsBot.Discord");
        var identify = new IdentifyData(context.Token, GatewayShardContext.Intents, properties, [shardId, context.ShardCount]);
        await sender.SendAsync(new GatewayCommand<IdentifyData>(GatewayOpCode.Identify, identify), DiscordJsonContext.Default.GatewayCommandIdentifyData, ct);
    }

    private Task SendResumeAsync(GatewaySender sender, CancellationToken ct) =>
        sender.SendAsync(
            new GatewayCommand<ResumeData>(GatewayOpCode.Resume, new ResumeData(context.Token, session.SessionId!, session.Sequence)),
            DiscordJsonContext.Default.GatewayCommandResumeData, ct);

    /// <summary>Closes with a non-1000 code (the session stays resumable) unless told otherwise; aborts if the peer does not answer.</summary>
    private async Task CloseAsync(IGatewayTransport transport, string reason, int code = GatewayCloseCodes.Reconnect)
    {
        using var timeout = new CancellationTokenSource(context.Timings.CloseTimeout, context.Time);
        try
        {
            await transport.CloseAsync(code, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or InvalidOperationException)
        {
            transport.Abort();
        }
    }
}
