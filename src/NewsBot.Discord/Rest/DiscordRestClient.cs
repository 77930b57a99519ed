using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// The Discord REST endpoints NewsBot uses. Auth, rate limits, retries and timeouts live in the handler pipeline
/// (<see cref="RateLimitHandler"/>, <see cref="RetryHandler"/>, <see cref="BotAuthHandler"/>). Errors throw
/// <see cref="DiscordApiException"/> carrying Discord's JSON error code.
/// </summary>
public sealed class DiscordRestClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct = default) =>
        SendAsync(HttpMethod.Get, "gateway/bot", null, DiscordJsonContext.Default.GatewayBotInfo, noAuth: false, ct)!;

    /// <summary>Replaces all global commands (they may take up to an hour to show everywhere).</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(
        Snowflake applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"applications/{applicationId}/commands",
            Body(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand),
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand, noAuth: false, ct)!;

    /// <summary>Replaces all commands of one guild (they take effect at once: the choice for development servers).</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(
        Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands",
            Body(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand),
            DiscordJsonContext.Default.IReadOnlyListApplicationCommand, noAuth: false, ct)!;

    /// <summary>Posts a message. Give <see cref="MessageCreate.Nonce"/> and EnforceNonce = true so retries cannot duplicate it.</summary>
    public Task<Message> CreateMessageAsync(Snowflake channelId, MessageCreate message, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages",
            Body(message, DiscordJsonContext.Default.MessageCreate), DiscordJsonContext.Default.Message, noAuth: false, ct)!;

    public Task<Channel> GetChannelAsync(Snowflake channelId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Get, $"channels/{channelId}", null, DiscordJsonContext.Default.Channel, noAuth: false, ct)!;

    /// <summary>Edits the original interaction response (completes a deferred type 5). Authorised by the interaction token.</summary>
    public Task<Message> EditOriginalInteractionResponseAsync(
        Snowflake applicationId, string interactionToken, InteractionMessage message, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original",
            Body(message, DiscordJsonContext.Default.InteractionMessage), DiscordJsonContext.Default.Message, noAuth: true, ct)!;

    /// <summary>Deletes the original interaction response (a public "thinking…" that must give way to a private answer).</summary>
    public Task DeleteOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, CancellationToken ct = default) =>
        SendAsync<object>(HttpMethod.Delete, $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original",
            null, responseType: null, noAuth: true, ct);

    /// <summary>Sends a follow-up message (valid 15 minutes after the interaction). Authorised by the interaction token.</summary>
    public Task<Message> CreateFollowupMessageAsync(
        Snowflake applicationId, string interactionToken, InteractionMessage message, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}",
            Body(message, DiscordJsonContext.Default.InteractionMessage), DiscordJsonContext.Default.Message, noAuth: true, ct)!;

    /// <summary>The interaction callback. Use <see cref="Interactions.InteractionResponder"/>, which enforces once-only and the deadline.</summary>
    internal Task CreateInteractionResponseAsync<TData>(
        Snowflake interactionId, string interactionToken, InteractionCallback<TData> callback, JsonTypeInfo<InteractionCallback<TData>> type, CancellationToken ct)
        where TData : class =>
        SendAsync<object>(HttpMethod.Post, $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback",
            Body(callback, type), responseType: null, noAuth: true, ct);

    private static ByteArrayContent Body<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = Json;
        return content;
    }

    private async Task<T?> SendAsync<T>(HttpMethod method, string path, HttpContent? content, JsonTypeInfo<T>? responseType, bool noAuth, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Options.Set(DiscordRequest.NoAuth, noAuth);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(response, RestRoute.From(method, response.RequestMessage?.RequestUri ?? request.RequestUri!).Key, ct);
        }

        if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
        {
            return default;
        }

        return await response.Content.ReadFromJsonAsync(responseType, ct)
            ?? throw new DiscordApiException(response.StatusCode, null, "empty response body", method.Method + " " + path.Split('/')[0]);
    }

    private static async Task<DiscordApiException> ToExceptionAsync(HttpResponseMessage response, string route, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        DiscordError? error = null;
        try
        {
            error = text.StartsWith('{') ? JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordError) : null;
        }
        catch (JsonException)
        {
            error = null;
        }

        var errors = error?.Errors is { } details ? " " + details.GetRawText() : string.Empty;
        return new DiscordApiException(response.StatusCode, error?.Code, (error?.Message ?? response.ReasonPhrase) + errors, route);
    }
}
