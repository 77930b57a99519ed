namespace NewsBot.Core.Digests;

/// <summary>
/// What a digest should contain. <see cref="Language"/> is the reader's language (summaries and titles in it when a source
/// is); it does not filter articles. A digest with fewer than <see cref="MinStories"/> stories is empty (skip sending).
/// </summary>
public sealed record DigestRequest(string? Language = null, int MaxStories = DigestRequest.DefaultMaxStories, int MinStories = 1)
{
    public const int DefaultMaxStories = 5;
    public const int MaxMaxStories = 25;

    /// <summary>Throws <see cref="ArgumentException"/> naming the bad value, so a subscription cannot save nonsense.</summary>
    public void Validate()
    {
        if (MaxStories is < 1 or > MaxMaxStories)
        {
            throw new ArgumentException($"A digest has 1 to {MaxMaxStories} stories; {MaxStories} was asked.", nameof(MaxStories));
        }

        if (MinStories < 0 || MinStories > MaxStories)
        {
            throw new ArgumentException($"The minimum number of stories must be between 0 and the maximum ({MaxStories}); {MinStories} was asked.", nameof(MinStories));
        }
    }
}
