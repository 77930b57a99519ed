namespace NewsBot.Core.Web;

/// <summary>
/// The outcome of a fetch. Expected failures (refused address, HTTP error, timeout, oversized body) are values, not
/// exceptions, so a poller can record them: see <see cref="FetchSucceeded"/>, <see cref="FetchNotModified"/>,
/// <see cref="FetchRefused"/> and <see cref="FetchFailed"/>.
/// </summary>
/// <param name="Url">The URL that was asked for.</param>
public abstract record FetchResult(Uri Url);
