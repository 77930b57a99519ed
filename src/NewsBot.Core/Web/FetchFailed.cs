namespace NewsBot.Core.Web;

/// <summary>The fetch was attempted and did not give a usable response.</summary>
/// <param name="Reason">For people: what went wrong, with no credentials from the URL.</param>
/// <param name="StatusCode">The HTTP status when the server answered with an error.</param>
/// <param name="IsTransient">True when trying later may work (timeouts, 5xx, 429, connection errors).</param>
public sealed record FetchFailed(Uri Url, string Reason, int? StatusCode = null, bool IsTransient = true) : FetchResult(Url);
