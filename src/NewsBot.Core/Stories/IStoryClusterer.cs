namespace NewsBot.Core.Stories;

/// <summary>Groups candidate articles into stories (articles about the same event), most important story first.</summary>
public interface IStoryClusterer
{
    /// <summary>
    /// Every candidate ends in exactly one story (a story may have one article). Stories are ordered by number of articles,
    /// then by their newest article. Deterministic: the same candidates in any order give the same stories and ids.
    /// </summary>
    IReadOnlyList<StoryGroup> Group(IReadOnlyList<StoryCandidate> candidates);
}
