using NewsBot.Discord.Models;

namespace NewsBot.Discord;

/// <summary>A shard is connected and identified: the place to register commands (<see cref="ApplicationId"/>).</summary>
public sealed record DiscordReady(int ShardId, int ShardCount, Snowflake ApplicationId, User User, int GuildCount);
