using System.Text.Json.Nodes;

namespace NewsBot.FakeDiscord;

/// <summary>A gateway session with its replay buffer: every dispatch is kept so a RESUME can replay what was missed.</summary>
public sealed class FakeSession(string id, int shardId)
{
    private readonly Lock _lock = new();
    private readonly List<(long Seq, string Json)> _dispatches = [];

    public string Id => id;

    public int ShardId => shardId;

    public long LastSequence { get { lock (_lock) { return _dispatches.Count == 0 ? 0 : _dispatches[^1].Seq; } } }

    internal FakeGatewayConnection? Connection { get; set; }

    /// <summary>Stores a dispatch with the next sequence number and returns its JSON.</summary>
    public string Append(string eventName, JsonNode data)
    {
        lock (_lock)
        {
            var seq = LastSequenceUnlocked() + 1;
            var json = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = eventName, ["d"] = data }.ToJsonString();
            _dispatches.Add((seq, json));
            return json;
        }
    }

    public IReadOnlyList<string> After(long sequence)
    {
        lock (_lock)
        {
            return [.. _dispatches.Where(d => d.Seq > sequence).Select(d => d.Json)];
        }
    }

    private long LastSequenceUnlocked() => _dispatches.Count == 0 ? 0 : _dispatches[^1].Seq;
}
