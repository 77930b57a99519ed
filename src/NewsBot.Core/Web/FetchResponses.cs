using System.Net;
using System.Net.Http;

namespace NewsBot.Core.Web;

/// <summary>
/// Turns the final (non-redirect) response of a fetch into a result: 304, HTTP errors (5xx, 429 and 408 are transient, so
/// the feed is retried), and a body read under the size cap whether or not the server announced its length.
/// </summary>
internal static class FetchResponses
{
    public static async Task<FetchResult> CompleteAsync(FetchRequest request, Uri url, HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchNotModified(request.Url, url);
        }

        if (!response.IsSuccessStatusCode)
        {
            var transient = status >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;
            return new FetchFailed(request.Url, $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status, transient);
        }

        if (response.Content.Headers.ContentLength > limit)
        {
            return FetchErrors.TooLarge(request.Url, limit);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var body = await ResponseBodyReader.ReadAsync(stream, limit, cancellationToken);
        if (body is null)
        {
            return FetchErrors.TooLarge(request.Url, limit);
        }

        var contentType = response.Content.Headers.ContentType;
        return new FetchSucceeded(request.Url, url, body, contentType?.MediaType?.ToLowerInvariant(), contentType?.CharSet?.Trim('"', '\''),
            response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
    }
}
