using NewsBot.Discord.Rest;

namespace NewsBot.Tests.Discord;

public sealed class RestRouteTests
{
    [Theory]
    [InlineData("POST", "https://discord.com/api/v10/channels/123456789012345678/messages", "POST /api/v10/channels/:id/messages", "channels/123456789012345678", false)]
    [InlineData("PUT", "https://discord.com/api/v10/applications/1/guilds/2/commands", "PUT /api/v10/applications/:id/guilds/:id/commands", "guilds/2", false)]
    [InlineData("PATCH", "https://discord.com/api/v10/webhooks/300/aW50ZXJhY3Rpb24/messages/@original", "PATCH /api/v10/webhooks/:id/:token/messages/@original", "webhooks/300/aW50ZXJhY3Rpb24", false)]
    [InlineData("POST", "https://discord.com/api/v10/interactions/500/aW50ZXJhY3Rpb24/callback", "POST /api/v10/interactions/:id/:token/callback", "", true)]
    [InlineData("GET", "https://discord.com/api/v10/gateway/bot", "GET /api/v10/gateway/bot", "", false)]
    public void From_ReplacesIdsAndTokens_AndFindsMajorParameter(string method, string url, string key, string major, bool unqueued)
    {
        var route = RestRoute.From(new HttpMethod(method), new Uri(url));

        Assert.Equal(key, route.Key);
        Assert.Equal(major, route.Major);
        Assert.Equal(unqueued, route.Unqueued);
    }
}
