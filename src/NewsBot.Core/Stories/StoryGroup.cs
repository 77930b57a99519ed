namespace NewsBot.Core.Stories;

/// <summary>
/// Articles about one event. <see cref="Articles"/> is most central first (the article most like the others), so the
/// first is the best lead. <see cref="Id"/> is derived from the sorted article keys (see <see cref="StoryId"/>).
/// </summary>
public sealed record StoryGroup(string Id, IReadOnlyList<StoryCandidate> Articles)
{
    public DateTimeOffset Latest => Articles.Max(a => a.Time);

    /// <summary>The best article in <paramref name="language"/> when the story has one, else the best article.</summary>
    public StoryCandidate Lead(string? language) =>
        Articles.FirstOrDefault(a => language is not null && string.Equals(a.Language, language, StringComparison.OrdinalIgnoreCase))
        ?? Articles[0];
}
