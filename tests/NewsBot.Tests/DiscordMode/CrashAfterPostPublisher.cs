using System.Collections.Concurrent;
using NewsBot.Publishing;
using NewsBot.Replies;

namespace NewsBot.Tests.DiscordMode;

/// <summary>
/// Wraps the real Discord publisher and, while <see cref="Crash"/> is set, throws after the post went through: the process
/// "dies" between the post and the ledger commit. Keeps what the real publisher returned.
/// </summary>
internal sealed class CrashAfterPostPublisher(IChannelPublisher inner) : IChannelPublisher
{
    public bool Crash { get; set; } = true;

    public ConcurrentQueue<PublishResult> Results { get; } = new();

    public async Task<PublishResult> PublishAsync(string channelId, Reply reply, string? nonce, CancellationToken cancellationToken)
    {
        var result = await inner.PublishAsync(channelId, reply, nonce, cancellationToken);
        Results.Enqueue(result);
        return Crash ? throw new IOException("simulated crash between the post and the ledger commit") : result;
    }
}
