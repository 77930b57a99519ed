namespace NewsBot.Core.Web;

/// <summary>The server answered 304 to a conditional request: nothing changed since the validators were issued.</summary>
public sealed record FetchNotModified(Uri Url, Uri FinalUrl) : FetchResult(Url);
