using NewsBot.ConsoleMode;
using NewsBot.Hosting;
using NewsBot.Replies;

namespace NewsBot.Publishing;

/// <summary>Console mode's "channel": what would be posted is printed on standard output, marked with the channel it is for.</summary>
public sealed class ConsoleChannelPublisher(ConsoleStreams streams) : IChannelPublisher
{
    private readonly Lock _gate = new();

    public Task<PublishResult> PublishAsync(string channelId, Reply reply, string? nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        lock (_gate)
        {
            streams.Output.WriteLine($"[posted to #{channelId}]");
            ConsoleReplyRenderer.Render(reply, streams.Output);
            streams.Output.Flush();
        }

        return Task.FromResult(PublishResult.Posted([nonce ?? "console"]));
    }
}
