namespace NewsBot.Discord.Gateway;

internal enum GatewayOpCode
{
    /// <summary>An event (READY, INTERACTION_CREATE, ...), with a sequence number.</summary>
    Dispatch = 0,

    /// <summary>Sent by us periodically, or by the server to ask for one at once.</summary>
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,

    /// <summary>The server asks us to reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>d=true: resumable; d=false: identify anew.</summary>
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
