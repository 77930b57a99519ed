namespace NewsBot.Discord.Gateway;

/// <summary>What a shard must remember to resume: the session id, where to resume, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public long? Sequence { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Only moves forward, as replayed or reordered dispatches must not rewind the resume point.</summary>
    public void Observe(long? sequence)
    {
        if (sequence is { } s && (Sequence is null || s > Sequence))
        {
            Sequence = s;
        }
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
