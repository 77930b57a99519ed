using System.Globalization;

namespace NewsBot.Discord.Gateway;

/// <summary>Discord closed the gateway with a code after which reconnecting cannot succeed (4004, 4010-4014).</summary>
public sealed class DiscordGatewayFatalException : Exception
{
    public DiscordGatewayFatalException(int closeCode, string reason)
        : base(string.Create(CultureInfo.InvariantCulture, $"Discord closed the gateway with {closeCode}: {reason}."))
    {
        CloseCode = closeCode;
    }

    public DiscordGatewayFatalException()
    {
    }

    public DiscordGatewayFatalException(string message)
        : base(message)
    {
    }

    public DiscordGatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int CloseCode { get; }
}
