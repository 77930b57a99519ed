namespace NewsBot.Core.Ingest;

/// <summary>A document that cannot be indexed, with a message a person can act on. Never a bug: callers report it and go on.</summary>
public sealed class DocumentRejectedException : Exception
{
    public DocumentRejectedException()
    {
    }

    public DocumentRejectedException(string message)
        : base(message)
    {
    }

    public DocumentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
