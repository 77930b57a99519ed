namespace NewsBot.Core.Web;

/// <summary>
/// Thrown inside the connection callback when a host resolves to an address the policy refuses; the fetcher turns it into
/// a <see cref="FetchRefused"/>. An exception there is the only way to stop HttpClient from connecting.
/// </summary>
public sealed class AddressRefusedException : IOException
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
