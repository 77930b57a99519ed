namespace NewsBot.Discord.Rest;

/// <summary>Remembers that Discord rejected the bot token (401), so we stop sending it: each further try counts toward the IP ban.</summary>
internal sealed class BotTokenState
{
    private volatile bool _rejected;

    public bool Rejected => _rejected;

    public void MarkRejected() => _rejected = true;
}
