namespace NewsBot.Core.Stories;

/// <summary>
/// How strict story grouping is. The defaults were chosen on real news (see docs/digests.md): the two seed articles score
/// far above <see cref="Threshold"/>, while 550 unrelated benchmark articles given the same date almost never pair.
/// </summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    /// <summary>Articles further apart in time than this are never one story (a follow-up a week later is a new story).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(72);

    /// <summary>
    /// The average-linkage similarity (cosine of IDF-weighted entity profiles, 0-1) at or above which two groups merge.
    /// </summary>
    public double Threshold { get; init; } = 0.4;

    /// <summary>
    /// Distinct names or places two articles must share before their similarity counts at all: one shared name
    /// ("Paris", "Biden") is what unrelated articles have in common; an event has several.
    /// </summary>
    public int MinSharedNames { get; init; } = 2;

    /// <summary>
    /// A background of this many imaginary unrelated articles is added to the candidate count in IDF, so entities
    /// shared by every candidate of a small set (both seeds name Binance) still count, and rare ones count more.
    /// </summary>
    public double PriorDocuments { get; init; } = 10;

    /// <summary>The largest candidate set grouped in one call; cost grows with its square (the caller keeps the newest).</summary>
    public int MaxCandidates { get; init; } = 500;
}
