using System.Collections.Concurrent;
using NewsBot.Publishing;
using NewsBot.Replies;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>An <see cref="IChannelPublisher"/> that keeps what was posted, for tests to wait on and inspect.</summary>
internal sealed class RecordingPublisher : IChannelPublisher
{
    public ConcurrentQueue<(string ChannelId, Reply Reply, string? Nonce)> Posts { get; } = new();

    /// <summary>When set, every post gets this answer (e.g. refused: NewsBot lost access to the channel).</summary>
    public PublishResult? Answer { get; set; }

    public Task<PublishResult> PublishAsync(string channelId, Reply reply, string? nonce, CancellationToken cancellationToken)
    {
        Posts.Enqueue((channelId, reply, nonce));
        return Task.FromResult(Answer ?? PublishResult.Posted(["m" + Posts.Count]));
    }

    public IReadOnlyList<string> Titles => [.. Posts.SelectMany(p => p.Reply.Cards).Select(c => c.Title ?? string.Empty)];
}
