using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Discord;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;

namespace NewsBot.DiscordMode;

/// <summary>
/// Registers every command with one bulk overwrite after READY of shard 0 (other shards would only repeat it): in
/// <c>Discord:GuildId</c> when set (instant, for development), else globally. An overwrite also removes commands NewsBot no
/// longer has, so the list in Discord always matches this build.
/// </summary>
public sealed partial class CommandRegistrar(
    CommandRouter router, DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger) : IDiscordReadyHandler
{
    public async ValueTask OnReadyAsync(DiscordReady ready, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ready);
        LogReady(logger, ready.User.Username, ready.ShardId, ready.ShardCount, ready.GuildCount);
        if (ready.ShardId != 0)
        {
            return;
        }

        var commands = CommandRegistration.ToApplicationCommands(router.Definitions);
        try
        {
            if (Snowflake.TryParse(options.Value.GuildId, out var guild) && !string.IsNullOrWhiteSpace(options.Value.GuildId))
            {
                await rest.BulkOverwriteGuildCommandsAsync(ready.ApplicationId, guild, commands, ct);
                LogRegistered(logger, commands.Count, "in guild " + guild);
            }
            else
            {
                await rest.BulkOverwriteGlobalCommandsAsync(ready.ApplicationId, commands, ct);
                LogRegistered(logger, commands.Count, "globally (Discord may take up to an hour to show changes)");
            }
        }
        catch (DiscordApiException e)
        {
            // The bot keeps running: commands registered by an earlier start still work.
            LogRegistrationFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Connected to Discord as {User} (shard {ShardId} of {ShardCount}, {Guilds} servers)")]
    private static partial void LogReady(ILogger logger, string user, int shardId, int shardCount, int guilds);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Registered {Count} slash commands {Where}")]
    private static partial void LogRegistered(ILogger logger, int count, string where);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "Registering the slash commands failed; the commands of the previous start stay in place")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception);
}
