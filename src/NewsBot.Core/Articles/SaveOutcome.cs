namespace NewsBot.Core.Articles;

/// <summary>What saving a prepared article did to the index.</summary>
public enum SaveOutcome
{
    /// <summary>A new source: the article was added.</summary>
    Added,

    /// <summary>A known source whose content changed: the article was replaced, keeping its key.</summary>
    Updated,

    /// <summary>A known source with the same content: nothing was written.</summary>
    Unchanged,

    /// <summary>The same content is already indexed from another source: nothing was written.</summary>
    Duplicate,

    /// <summary>The database refused this article (the others in the batch are kept); see <see cref="SaveResult.Problem"/>.</summary>
    Failed,
}
