namespace NewsBot.Commands;

/// <summary>
/// Who ran a command and where. <see cref="CanManageServer"/> comes from the member's permissions in the guild (Discord) or
/// is true at the operator's own console.
/// </summary>
public sealed record CommandCaller(string? UserId, string? GuildId, string? ChannelId, bool CanManageServer)
{
    public static CommandCaller Console { get; } = new(null, null, null, CanManageServer: true);
}
