namespace NewsBot.FakeDiscord;

public enum FrameDirection
{
    FromClient,
    ToClient,
}

/// <summary>One gateway payload on connection <see cref="ConnectionId"/>; <see cref="Op"/> is -1 when it was not valid JSON.</summary>
public sealed record RecordedFrame(int ConnectionId, FrameDirection Direction, int Op, string? EventName, string Json, DateTimeOffset At);
