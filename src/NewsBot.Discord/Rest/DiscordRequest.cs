namespace NewsBot.Discord.Rest;

/// <summary>Per-request flags carried in <see cref="HttpRequestMessage.Options"/> from the REST client to the handlers.</summary>
internal static class DiscordRequest
{
    /// <summary>Interaction callbacks and webhook routes are authorised by the token in the URL, not by the bot token.</summary>
    public static readonly HttpRequestOptionsKey<bool> NoAuth = new("Discord.NoAuth");

    public static bool IsNoAuth(HttpRequestMessage request) => request.Options.TryGetValue(NoAuth, out var noAuth) && noAuth;
}
