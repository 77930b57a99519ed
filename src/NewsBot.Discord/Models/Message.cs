namespace NewsBot.Discord.Models;

/// <summary>A message as Discord returns it (the fields a bot reads).</summary>
public sealed record Message(Snowflake Id, Snowflake ChannelId)
{
    public User? Author { get; init; }
    public string? Content { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public MessageFlags? Flags { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public Snowflake? WebhookId { get; init; }
}
