namespace NewsBot.FakeDiscord;

/// <summary>One gateway websocket connection: where the client connected and how it ended.</summary>
public sealed class FakeConnectionInfo(int id, string path, string query)
{
    public int Id => id;

    /// <summary><c>/gw</c> for the gateway URL, <c>/resume</c> for resume_gateway_url.</summary>
    public string Path => path;

    public string Query => query;

    public int? ShardId { get; set; }

    /// <summary>The close code the client sent, if it closed with a handshake.</summary>
    public int? ClientCloseCode { get; set; }

    /// <summary>The close code the server sent.</summary>
    public int? ServerCloseCode { get; set; }

    public bool Ended { get; set; }

    /// <summary>Heartbeats whose <c>d</c> was not the last sequence sent (nor null before any dispatch).</summary>
    public int BadHeartbeats { get; set; }
}
