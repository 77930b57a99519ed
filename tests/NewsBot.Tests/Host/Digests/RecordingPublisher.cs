using System.Collections.Concurrent;
using NewsBot.Publishing;
using NewsBot.Replies;

namespace NewsBot.Tests.Host.Digests;

/// <summary>
/// Stands in for a channel at the publishing port and remembers every post; can be told to refuse (as Discord's 403) or to
/// "crash" after posting, before NewsBot records it. The Discord client against the fake Discord is tested on its own.
/// </summary>
internal sealed class RecordingPublisher : IChannelPublisher
{
    public ConcurrentQueue<(string Channel, Reply Reply, string? Nonce)> Posts { get; } = new();

    public Func<PublishResult>? Outcome { get; set; }

    public bool CrashAfterPosting { get; set; }

    /// <summary>Awaited at the start of every publish: lets a test hold a post in flight.</summary>
    public Func<Task>? Hold { get; set; }

    /// <summary>Publish calls so far, whatever their outcome.</summary>
    public int Calls => _calls;

    private int _calls;

    public async Task<PublishResult> PublishAsync(string channelId, Reply reply, string? nonce, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Hold is { } hold)
        {
            await hold();
        }

        var result = Outcome?.Invoke() ?? PublishResult.Posted(["m" + Posts.Count]);
        if (result.Outcome == PublishOutcome.Posted)
        {
            Posts.Enqueue((channelId, reply, nonce));
        }

        if (CrashAfterPosting)
        {
            throw new IOException("simulated crash between the post and the ledger commit");
        }

        return result;
    }
}
