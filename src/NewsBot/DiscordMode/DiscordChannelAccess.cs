using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Publishing;

namespace NewsBot.DiscordMode;

/// <summary>
/// Checks a channel when an admin points a digest or a feed at it: NewsBot must see it (GET channel) and it must be a text or
/// announcement channel. Discord's 403/404 become a sentence saying what to do. (REST client from a scope per check: typed
/// HTTP clients must not live in a singleton.)
/// </summary>
public sealed class DiscordChannelAccess(IServiceScopeFactory scopes) : IChannelAccess
{
    public async Task<string?> ProblemAsync(string channelId, CancellationToken cancellationToken)
    {
        if (!Snowflake.TryParse(channelId, out var id))
        {
            return $"'{channelId}' is not a channel. Pick one from the list Discord offers, such as #news.";
        }

        await using var scope = scopes.CreateAsyncScope();
        var rest = scope.ServiceProvider.GetRequiredService<DiscordRestClient>();
        try
        {
            var channel = await rest.GetChannelAsync(id, cancellationToken);
            return CommandRegistration.PostableChannelTypes.Contains(channel.Type)
                ? null
                : $"<#{channelId}> is not a text or announcement channel. Pick a channel where messages can be posted.";
        }
        catch (DiscordApiException e) when (e.StatusCode == HttpStatusCode.Forbidden)
        {
            return $"NewsBot cannot see <#{channelId}>. In the channel's settings (Permissions), allow NewsBot to View Channel, Send Messages and Embed Links, then try again.";
        }
        catch (DiscordApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return $"Channel {channelId} does not exist, or it is in a server NewsBot was not invited to. Pick a channel of this server.";
        }
        catch (Exception e) when (e is DiscordApiException or HttpRequestException or TimeoutException or DiscordRequestRefusedException)
        {
            return $"Discord did not say whether NewsBot can post in <#{channelId}> ({e.Message}). Try again in a minute.";
        }
    }
}
