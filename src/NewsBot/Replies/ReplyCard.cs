namespace NewsBot.Replies;

/// <summary>
/// One block of a reply: an article, a story of a digest, a list. Texts are plain (with <c>**bold**</c> for search
/// highlights); the renderers fit them to their medium (Discord's embed limits, the terminal's width).
/// </summary>
public sealed record ReplyCard(
    string? Title,
    string? Description = null,
    string? Url = null,
    IReadOnlyList<ReplyField>? Fields = null,
    string? Footer = null,
    DateTimeOffset? Timestamp = null)
{
    public IReadOnlyList<ReplyField> Fields { get; init; } = Fields ?? [];
}
