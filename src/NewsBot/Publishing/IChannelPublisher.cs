using NewsBot.Replies;

namespace NewsBot.Publishing;

/// <summary>
/// Posts a reply to a channel on NewsBot's own initiative (digests, feed notices), not in answer to a command: Discord in bot
/// mode, standard output in console mode. A <paramref name="nonce"/> makes a repeated post of the same thing land once
/// (Discord's <c>enforce_nonce</c>); a reply too large for one message is split between cards, never inside one.
/// </summary>
public interface IChannelPublisher
{
    Task<PublishResult> PublishAsync(string channelId, Reply reply, string? nonce, CancellationToken cancellationToken);
}
