using System.Globalization;
using System.Net;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord answered with an error. <see cref="Code"/> is Discord's JSON error code (e.g. 10003 Unknown Channel, 50013 Missing
/// Permissions, 10062 Unknown interaction, 40060 already acknowledged). <see cref="Route"/> is the route template: ids and
/// tokens are replaced, so the message is safe to log.
/// </summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException(HttpStatusCode statusCode, int? code, string? discordMessage, string route)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Discord returned {(int)statusCode} {statusCode} for {route}: {discordMessage ?? "(no message)"}{(code is { } c ? $" (code {c})" : "")}."))
    {
        StatusCode = statusCode;
        Code = code;
        DiscordMessage = discordMessage;
        Route = route;
    }

    public DiscordApiException()
    {
        Route = string.Empty;
    }

    public DiscordApiException(string message)
        : base(message)
    {
        Route = string.Empty;
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Route = string.Empty;
    }

    public HttpStatusCode StatusCode { get; }

    public int? Code { get; }

    public string? DiscordMessage { get; }

    public string Route { get; }
}
