namespace NewsBot.Publishing;

/// <summary>In console mode every "channel" is standard output, which is always writable.</summary>
public sealed class ConsoleChannelAccess : IChannelAccess
{
    public Task<string?> ProblemAsync(string channelId, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
