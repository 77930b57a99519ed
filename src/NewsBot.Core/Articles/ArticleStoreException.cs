namespace NewsBot.Core.Articles;

/// <summary>The store could not save or read an article (disk full, database locked too long, corrupt file).</summary>
public sealed class ArticleStoreException : Exception
{
    public ArticleStoreException()
    {
    }

    public ArticleStoreException(string message)
        : base(message)
    {
    }

    public ArticleStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
