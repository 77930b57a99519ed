using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>Adds <c>Authorization: Bot &lt;token&gt;</c> except on webhook and interaction-callback routes, and stops after a 401.</summary>
internal sealed class BotAuthHandler(IOptions<DiscordOptions> options, BotTokenState tokenState, ILogger<BotAuthHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (DiscordRequest.IsNoAuth(request))
        {
            request.Headers.Authorization = null;
            return await base.SendAsync(request, cancellationToken);
        }

        if (tokenState.Rejected)
        {
            throw new DiscordRequestRefusedException("Discord rejected the bot token (401) earlier; no request with it is sent again. Set a valid Discord:Token and restart.");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokenState.MarkRejected();
            DiscordLog.TokenRejected(logger);
        }

        return response;
    }
}
