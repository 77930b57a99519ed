using NewsBot.Commands;

namespace NewsBot.DiscordMode;

/// <summary>
/// Commands whose work usually takes longer than the one second a user is willing to wait without feedback: they are deferred
/// at once (Discord shows "NewsBot is thinking…") with the visibility of their eventual reply, which the auto-defer cannot know.
/// </summary>
public static class SlowCommands
{
    /// <summary>Null: answer directly. Otherwise defer first, ephemeral or not.</summary>
    public static bool? DeferAs(CommandRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Name.ToLowerInvariant() switch
        {
            // A topic summary reads and ranks every matching article.
            "summary" when request.Get("topic") is not null => false,
            // Every /digest reply is shown only to the admin who asked; preview and send compose a whole digest.
            "digest" when request.Subcommand?.ToLowerInvariant() is "preview" or "send" => true,
            _ => null,
        };
    }
}
