namespace NewsBot.Discord;

/// <summary>
/// Called after each READY (a new session, not a resume), off the gateway loop; failures are logged, not fatal.
/// Register with <c>services.AddTransient&lt;IDiscordReadyHandler, MyHandler&gt;()</c> (resolved in a scope per READY); several may be registered.
/// </summary>
public interface IDiscordReadyHandler
{
    ValueTask OnReadyAsync(DiscordReady ready, CancellationToken ct);
}
