namespace NewsBot.Discord.Models;

/// <summary>Discord's message and embed limits (message.mdx "Embed Limits"), so callers can trim before sending.</summary>
public static class EmbedLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;
    public const int TotalCharacters = 6000;

    /// <summary>The characters counted against <see cref="TotalCharacters"/> for a set of embeds.</summary>
    public static int CountCharacters(IEnumerable<Embed> embeds) => embeds.Sum(e =>
        (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0) + (e.Author?.Name.Length ?? 0)
        + (e.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0));
}
