namespace NewsBot.Core.Feeds;

/// <summary>The document is not a feed NewsBot can read; the message says what is wrong and where, for people.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException()
    {
    }

    public FeedParseException(string message)
        : base(message)
    {
    }

    public FeedParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
