using Microsoft.Extensions.Logging;

namespace NewsBot.Discord;

/// <summary>Every log line of the client, structured and short. None of them takes a token or a URL with a token.</summary>
internal static partial class DiscordLog
{
    [LoggerMessage(1, LogLevel.Information, "Shard {ShardId}: connecting to {Endpoint} ({Mode})")]
    public static partial void Connecting(ILogger logger, int shardId, string endpoint, string mode);

    [LoggerMessage(2, LogLevel.Information, "Shard {ShardId}: ready as {UserName} (application {ApplicationId}, {GuildCount} guilds)")]
    public static partial void Ready(ILogger logger, int shardId, string userName, string applicationId, int guildCount);

    [LoggerMessage(3, LogLevel.Information, "Shard {ShardId}: resumed at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, int shardId, long? sequence);

    [LoggerMessage(4, LogLevel.Warning, "Shard {ShardId}: reconnecting ({Reason}); next step {Next} in {DelayMs:0} ms")]
    public static partial void Reconnecting(ILogger logger, int shardId, string reason, string next, double delayMs);

    [LoggerMessage(5, LogLevel.Critical, "Shard {ShardId}: Discord closed the gateway with {CloseCode} ({Reason}); this cannot be fixed by reconnecting, stopping")]
    public static partial void FatalClose(ILogger logger, int shardId, int closeCode, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Shard {ShardId}: no heartbeat ACK since the last beat; the connection is a zombie, resuming")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(7, LogLevel.Warning, "Rate limited on {Route} ({Scope}); retrying in {RetryAfterMs:0} ms")]
    public static partial void RateLimited(ILogger logger, string route, string scope, double retryAfterMs);

    [LoggerMessage(8, LogLevel.Information, "Waiting {WaitMs:0} ms for the {Scope} rate limit before {Route}")]
    public static partial void RateLimitWait(ILogger logger, string route, string scope, double waitMs);

    [LoggerMessage(9, LogLevel.Warning, "Retrying {Route} after {Reason} (retry {Retry}) in {DelayMs:0} ms")]
    public static partial void RetryingRequest(ILogger logger, string route, string reason, int retry, double delayMs);

    [LoggerMessage(10, LogLevel.Warning, "{Invalid} of {Budget} invalid requests (401/403/429) in 10 minutes; slowing down before {Route}")]
    public static partial void InvalidRequestSlowdown(ILogger logger, string route, int invalid, int budget);

    [LoggerMessage(11, LogLevel.Critical, "Discord rejected the bot token (401); no further request will use it")]
    public static partial void TokenRejected(ILogger logger);

    [LoggerMessage(12, LogLevel.Error, "Interaction {InteractionId} ({Name}) failed in its handler")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string interactionId, string? name);

    [LoggerMessage(13, LogLevel.Warning, "Interaction {InteractionId}: the handler had not answered after {AfterMs:0} ms; deferred automatically")]
    public static partial void AutoDeferred(ILogger logger, string interactionId, double afterMs);

    [LoggerMessage(14, LogLevel.Error, "A READY handler failed")]
    public static partial void ReadyHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(15, LogLevel.Critical, "The Discord client stopped: {Reason}. Exit code {ExitCode}")]
    public static partial void Stopping(ILogger logger, string reason, int exitCode);

    [LoggerMessage(16, LogLevel.Warning, "Shard {ShardId}: identify budget exhausted ({Remaining} left); waiting {WaitMs:0} ms")]
    public static partial void IdentifyBudgetWait(ILogger logger, int shardId, int remaining, double waitMs);

    [LoggerMessage(17, LogLevel.Warning, "Shard {ShardId}: gateway connection failed: {Error}")]
    public static partial void ConnectionFailed(ILogger logger, int shardId, string error);

    [LoggerMessage(18, LogLevel.Error, "Interaction {InteractionId}: the automatic defer failed")]
    public static partial void AutoDeferFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(19, LogLevel.Error, "Shard {ShardId}: skipped an INTERACTION_CREATE (sequence {Sequence}) that could not be read: {Error}")]
    public static partial void BadInteraction(ILogger logger, int shardId, long? sequence, string error);

    [LoggerMessage(20, LogLevel.Warning, "No IInteractionHandler is registered; interaction {InteractionId} is not answered")]
    public static partial void NoHandler(ILogger logger, string interactionId);

    [LoggerMessage(21, LogLevel.Critical, "The Discord gateway failed unexpectedly")]
    public static partial void GatewayCrashed(ILogger logger, Exception exception);
}
