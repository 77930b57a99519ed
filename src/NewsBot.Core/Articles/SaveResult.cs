namespace NewsBot.Core.Articles;

/// <summary>
/// The outcome of saving one article: the stored article (for a duplicate, the one already indexed), or for
/// <see cref="SaveOutcome.Failed"/> the problem, in words naming the source.
/// </summary>
public sealed record SaveResult(SaveOutcome Outcome, Article? Article, string? Problem = null);
