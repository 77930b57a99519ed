using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Publishing;
using NewsBot.Replies;

namespace NewsBot.DiscordMode;

/// <summary>
/// Posts replies to Discord channels (digests, feed notices). A reply too large for one message becomes several, split
/// between cards. With a nonce, every message is sent with <c>enforce_nonce</c>: the first carries the nonce itself, the
/// following ones a nonce derived from it, so a whole retried post (after a crash, a timeout) lands on the same messages.
/// 403 and 404 are <see cref="PublishOutcome.Refused"/> (retrying will not help), anything else passing is
/// <see cref="PublishOutcome.Failed"/>. The REST client is taken from a scope per post: typed HTTP clients must not live in a
/// singleton (their handlers would never be renewed).
/// </summary>
public sealed partial class DiscordChannelPublisher(IServiceScopeFactory scopes, ILogger<DiscordChannelPublisher> logger) : IChannelPublisher
{
    /// <summary>Discord keeps nonces of at most 25 characters.</summary>
    public const int MaxNonceLength = 25;

    public async Task<PublishResult> PublishAsync(string channelId, Reply reply, string? nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!Snowflake.TryParse(channelId, out var channel))
        {
            return PublishResult.Refused($"'{channelId}' is not a Discord channel id");
        }

        var posted = new List<string>();
        var messages = DiscordReplyRenderer.ToChannelMessages(reply);
        await using var scope = scopes.CreateAsyncScope();
        var rest = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();
        try
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var part = NonceFor(nonce, i);
                var message = await rest.CreateMessageAsync(channel, messages[i] with { Nonce = part, EnforceNonce = part is null ? null : true }, cancellationToken);
                posted.Add(message.Id.ToString());
            }

            return PublishResult.Posted(posted);
        }
        catch (DiscordApiException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            LogRefused(logger, channelId, (int)e.StatusCode, e.DiscordMessage ?? "no message");
            return PublishResult.Refused(string.Create(CultureInfo.InvariantCulture, $"Discord {(int)e.StatusCode}: {e.DiscordMessage ?? e.StatusCode.ToString()}"));
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TimeoutException or DiscordRequestRefusedException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailed(logger, e, channelId, posted.Count, messages.Count);
            return PublishResult.Failed(e.Message);
        }
    }

    /// <summary>The nonce of the <paramref name="index"/>-th message of a post: the post's own for the first, then derived.</summary>
    public static string? NonceFor(string? nonce, int index)
    {
        if (string.IsNullOrEmpty(nonce) || index == 0)
        {
            return string.IsNullOrEmpty(nonce) ? null : nonce[..Math.Min(nonce.Length, MaxNonceLength)];
        }

        var suffix = "." + index.ToString(CultureInfo.InvariantCulture);
        return nonce[..Math.Min(nonce.Length, MaxNonceLength - suffix.Length)] + suffix;
    }

    [LoggerMessage(EventId = 420, Level = LogLevel.Warning, Message = "Discord refused a post to channel {ChannelId}: {Status} {Reason}")]
    private static partial void LogRefused(ILogger logger, string channelId, int status, string reason);

    [LoggerMessage(EventId = 421, Level = LogLevel.Warning, Message = "Posting to channel {ChannelId} failed after {Posted} of {Total} messages")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channelId, int posted, int total);
}
