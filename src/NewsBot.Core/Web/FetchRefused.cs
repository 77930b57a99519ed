namespace NewsBot.Core.Web;

/// <summary>
/// NewsBot would not fetch the URL: a scheme other than http/https, or a host that is (or resolves to) a private, loopback
/// or otherwise non-public address. Nothing was sent. Not transient: the same URL will be refused again.
/// </summary>
public sealed record FetchRefused(Uri Url, string Reason) : FetchResult(Url);
