namespace NewsBot.Discord.Models;

/// <summary>GET /gateway/bot: where to connect, the recommended shard count and the identify budget.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>IDENTIFY budget: <see cref="Remaining"/> of <see cref="Total"/> per day, <see cref="MaxConcurrency"/> identifies per 5 s.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
