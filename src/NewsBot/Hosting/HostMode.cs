namespace NewsBot.Hosting;

/// <summary>What the process is for: a one-shot CLI verb, the interactive console, or the Discord bot.</summary>
public enum HostMode
{
    Cli,
    Console,
    Discord,
}
