namespace NewsBot.Discord.Rest;

/// <summary>
/// The client refused to send a request: the token was rejected earlier (401), or too many 401/403/429 answers came in the last
/// 10 minutes and sending more would risk Discord's IP ban.
/// </summary>
public sealed class DiscordRequestRefusedException : Exception
{
    public DiscordRequestRefusedException()
    {
    }

    public DiscordRequestRefusedException(string message)
        : base(message)
    {
    }

    public DiscordRequestRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
