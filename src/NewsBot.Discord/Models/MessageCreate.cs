namespace NewsBot.Discord.Models;

/// <summary>
/// The body of POST /channels/{id}/messages. Give a <see cref="Nonce"/> with <see cref="EnforceNonce"/> so a retried request
/// (after a timeout or a 5xx) returns the first message instead of posting a duplicate (≤25 characters, kept a few minutes by Discord).
/// </summary>
public sealed record MessageCreate
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
    public MessageFlags? Flags { get; init; }
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
}
