namespace NewsBot.Core.Digests;

/// <summary>
/// Where a digest gets a story's most notable quote. Implemented by the quote store; until one is registered,
/// <see cref="NullStoryQuoteSource"/> answers "no quote" and digests simply show none.
/// </summary>
public interface IStoryQuoteSource
{
    /// <summary>
    /// The most notable attributed quote among <paramref name="articleIds"/> (best lead first), preferring
    /// <paramref name="language"/> when given; null when the articles have none.
    /// </summary>
    Task<StoryQuote?> FindMostNotableAsync(IReadOnlyList<long> articleIds, string? language, CancellationToken cancellationToken);
}
