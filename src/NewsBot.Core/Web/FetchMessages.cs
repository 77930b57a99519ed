using System.Net;
using System.Net.Http;

namespace NewsBot.Core.Web;

/// <summary>The HTTP details of a fetch hop: the request sent, which schemes are allowed, what counts as a redirect and where it goes.</summary>
internal static class FetchMessages
{
    public static HttpRequestMessage Build(FetchRequest request, Uri url, string userAgent)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.UserAgent.ParseAdd(userAgent);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept ?? "*/*");
        if (request.ETag is { Length: > 0 } etag)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (request.LastModified is { } since)
        {
            message.Headers.IfModifiedSince = since;
        }

        return message;
    }

    /// <summary>Can this User-Agent be sent? Checked at start so a typo fails there, not on every fetch.</summary>
    public static bool IsValidUserAgent(string userAgent)
    {
        using var probe = new HttpRequestMessage();
        return probe.Headers.UserAgent.TryParseAdd(userAgent);
    }

    public static string? RefuseScheme(Uri url) =>
        !url.IsAbsoluteUri ? "the URL is not absolute"
        : url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps ? null
        : $"the scheme '{url.Scheme}:' is not allowed (only http and https)";

    public static bool IsRedirect(HttpStatusCode code) => code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    public static Uri? NextLocation(Uri current, HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location
        : Uri.TryCreate(current, location, out var resolved) ? resolved : null;
}
