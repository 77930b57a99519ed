namespace NewsBot.Discord.Gateway;

internal enum NextStep
{
    /// <summary>Reconnect and RESUME when a session exists (else IDENTIFY).</summary>
    Resume,

    /// <summary>Forget the session, wait 1-5 s, IDENTIFY on the cached gateway URL.</summary>
    Identify,

    /// <summary>Stop: reconnecting cannot help.</summary>
    Fatal,
}

/// <summary>How one connection ended. <see cref="Healthy"/> is true when it reached READY or RESUMED (resets the backoff).</summary>
internal sealed record ConnectionOutcome(NextStep Next, string Reason, bool Healthy, int? CloseCode = null);
