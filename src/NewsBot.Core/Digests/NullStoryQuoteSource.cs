namespace NewsBot.Core.Digests;

/// <summary>The default <see cref="IStoryQuoteSource"/> before the quote store exists: no story has a quote.</summary>
public sealed class NullStoryQuoteSource : IStoryQuoteSource
{
    public Task<StoryQuote?> FindMostNotableAsync(IReadOnlyList<long> articleIds, string? language, CancellationToken cancellationToken) =>
        Task.FromResult<StoryQuote?>(null);
}
