using System.Text.Json.Nodes;

namespace NewsBot.FakeDiscord;

/// <summary>Client opcodes: heartbeat, identify, resume, and the close codes for each misuse.</summary>
public sealed partial class FakeGateway
{
    /// <summary>Returns false when the connection was closed.</summary>
    private async Task<bool> HandleAsync(FakeGatewayConnection connection, int op, JsonNode node)
    {
        switch (op)
        {
            case 1:
                connection.LastHeartbeat = DateTimeOffset.UtcNow;
                // d must be a sequence the client could have seen: never beyond the last sent, never going backwards.
                // (A beat may lag the last dispatch that is still in flight, so "equal to the last sent" is too strict.)
                var d = (long?)node["d"];
                var last = connection.Session?.LastSequence ?? 0;
                if ((d ?? 0) > last || (d ?? 0) < connection.LastHeartbeatSequence)
                {
                    connection.Info.BadHeartbeats++;
                }

                connection.LastHeartbeatSequence = d ?? 0;

                if (!SwallowHeartbeatAcks)
                {
                    await connection.SendAsync("""{"op":11,"d":null,"s":null,"t":null}""");
                }

                return true;
            case 2:
                return await IdentifyAsync(connection, node["d"]);
            case 6:
                return await ResumeAsync(connection, node["d"]);
            case 3 or 4 or 8:
                if (!connection.Identified)
                {
                    await connection.CloseAsync(4003, "Not authenticated");
                    return false;
                }

                return true;
            default:
                await connection.CloseAsync(4001, "Unknown opcode");
                return false;
        }
    }

    private async Task<bool> IdentifyAsync(FakeGatewayConnection connection, JsonNode? d)
    {
        if (connection.Identified)
        {
            await connection.CloseAsync(4005, "Already authenticated");
            return false;
        }

        if ((string?)d?["token"] != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed");
            return false;
        }

        var intents = (int?)d!["intents"] ?? -1;
        if (intents < 0 || (intents & ~KnownIntents) != 0)
        {
            await connection.CloseAsync(4013, "Invalid intent(s)");
            return false;
        }

        if ((intents & PrivilegedIntents & ~options.AllowedPrivilegedIntents) != 0)
        {
            await connection.CloseAsync(4014, "Disallowed intent(s)");
            return false;
        }

        var shard = d["shard"] as JsonArray;
        var shardId = shard is { Count: 2 } ? (int)shard[0]! : 0;
        var shardCount = shard is { Count: 2 } ? (int)shard[1]! : 1;
        if (shardId < 0 || shardCount < 1 || shardId >= shardCount)
        {
            await connection.CloseAsync(4010, "Invalid shard");
            return false;
        }

        var now = DateTimeOffset.UtcNow;
        _identifies.Enqueue(now);
        while (_identifies.TryPeek(out var oldest) && oldest < now - options.IdentifyWindow)
        {
            _identifies.TryDequeue(out _);
        }

        if (_identifies.Count > options.MaxConcurrency)
        {
            await connection.SendAsync("""{"op":9,"d":false,"s":null,"t":null}""");
            return true;
        }

        var session = new FakeSession("sess" + Interlocked.Increment(ref _nextSession), shardId);
        _sessions[session.Id] = session;
        connection.Info.ShardId = shardId;
        connection.Identified = true;
        connection.Session = session;
        session.Connection = connection;
        var ready = JsonNode.Parse($$$"""
            {"v":10,"user":{"id":"100","username":"bot","discriminator":"0","bot":true,"avatar":null,"global_name":null},
             "guilds":[{"id":"{{{options.GuildId}}}","unavailable":true}],"session_id":"{{{session.Id}}}",
             "resume_gateway_url":"{{{resumeUrl()}}}","shard":[{{{shardId}}},{{{shardCount}}}],"application":{"id":"{{{options.ApplicationId}}}","flags":0}}
            """)!;
        await connection.SendAsync(session.Append("READY", ready));
        if ((intents & 1) != 0)
        {
            var channels = new JsonArray([.. options.ChannelIds.Select(c => (JsonNode)new JsonObject { ["id"] = c, ["type"] = 0, ["name"] = "news" })]);
            var guild = new JsonObject { ["id"] = options.GuildId, ["name"] = "G", ["unavailable"] = false, ["channels"] = channels, ["roles"] = new JsonArray(), ["members"] = new JsonArray() };
            await connection.SendAsync(session.Append("GUILD_CREATE", guild));
        }

        return true;
    }

    private async Task<bool> ResumeAsync(FakeGatewayConnection connection, JsonNode? d)
    {
        if ((string?)d?["token"] != options.Token)
        {
            await connection.CloseAsync(4004, "Authentication failed");
            return false;
        }

        if (!_sessions.TryGetValue((string?)d!["session_id"] ?? string.Empty, out var session))
        {
            await connection.SendAsync("""{"op":9,"d":false,"s":null,"t":null}""");
            return true;
        }

        var seq = (long?)d["seq"] ?? 0;
        if (seq > session.LastSequence)
        {
            await connection.CloseAsync(4007, "Invalid seq");
            return false;
        }

        connection.Identified = true;
        connection.Session = session;
        connection.Info.ShardId = session.ShardId;
        var missed = session.After(seq);
        session.Connection = connection;
        foreach (var json in missed)
        {
            await connection.SendAsync(json);
        }

        await connection.SendAsync(session.Append("RESUMED", new JsonObject()));
        return true;
    }
}
