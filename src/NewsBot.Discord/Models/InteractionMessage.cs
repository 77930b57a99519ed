namespace NewsBot.Discord.Models;

/// <summary>
/// A message sent through an interaction: callback types 4 and 7, the edit of @original, and follow-ups.
/// Set <see cref="Flags"/> to <see cref="MessageFlags.Ephemeral"/> (or use <see cref="AsEphemeral"/>) so only the user sees it.
/// </summary>
public sealed record InteractionMessage
{
    public InteractionMessage(string? content = null) => Content = content;

    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
    public MessageFlags? Flags { get; init; }

    public InteractionMessage AsEphemeral() => this with { Flags = (Flags ?? MessageFlags.None) | MessageFlags.Ephemeral };
}
