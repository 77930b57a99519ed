using NewsBot.Core.Ingest;

namespace NewsBot.Core.Feeds;

/// <summary>A feed item turned into a document for the pipeline, or why it could not be.</summary>
/// <param name="Document">Null when there was no text at all (<see cref="FeedArticleSource.None"/>).</param>
/// <param name="Problem">What went wrong with the page, if anything (the document may still exist, from feed content).</param>
/// <param name="RetryLater">True when nothing was produced because of a transient fetch failure: do not mark the item seen.</param>
public sealed record FeedArticle(RawDocument? Document, FeedArticleSource Source, string? Problem, bool RetryLater = false);
