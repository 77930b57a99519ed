namespace NewsBot.Core.Digests;

/// <summary>
/// A composed digest: its stories, most important first. Empty when there were fewer stories than the request's minimum
/// (then nothing should be sent). <see cref="Candidates"/> and <see cref="StoriesFound"/> say why, for logs and previews.
/// </summary>
public sealed record Digest(IReadOnlyList<DigestStory> Stories, int Candidates, int StoriesFound)
{
    public static Digest Empty { get; } = new([], 0, 0);

    public bool IsEmpty => Stories.Count == 0;
}
