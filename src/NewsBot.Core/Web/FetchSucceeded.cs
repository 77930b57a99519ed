namespace NewsBot.Core.Web;

/// <summary>A 2xx response and its whole (decompressed, size-capped) body.</summary>
/// <param name="FinalUrl">Where the redirects ended: relative links in the body resolve against this.</param>
/// <param name="MediaType">The Content-Type without parameters, lower-case, e.g. <c>application/rss+xml</c>.</param>
/// <param name="Charset">The Content-Type charset parameter when the server sent one.</param>
/// <param name="ETag">The validators to send next time (<see cref="FetchRequest.ETag"/>).</param>
public sealed record FetchSucceeded(
    Uri Url,
    Uri FinalUrl,
    ReadOnlyMemory<byte> Body,
    string? MediaType,
    string? Charset,
    string? ETag,
    DateTimeOffset? LastModified) : FetchResult(Url);
