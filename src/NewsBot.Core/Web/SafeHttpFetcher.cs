using System.Globalization;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Web;

/// <summary>
/// GETs user-given URLs safely: http and https only; every hop's host resolved and every address checked before a
/// connection (and again inside the connection itself, see <see cref="GuardedConnector"/>); redirects followed by hand (at
/// most <see cref="IngestOptions.MaxRedirects"/>, loops detected, https-to-http downgrades logged); a whole-fetch timeout;
/// gzip, deflate and brotli; a body cap enforced while streaming; conditional GET. No proxy: a proxy would connect on
/// our behalf to addresses we never checked.
/// </summary>
public sealed partial class SafeHttpFetcher : ISafeHttpFetcher, IDisposable
{
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SafeHttpFetcher> _logger;
    private readonly GuardedConnector _connector;
    private readonly HttpClient _client;

    public SafeHttpFetcher(IOptions<IngestOptions> options, TimeProvider time, ILogger<SafeHttpFetcher> logger)
        : this(options, time, logger, GuardedConnector.DnsResolveAsync)
    {
    }

    /// <summary>For tests: <paramref name="resolve"/> stands in for DNS (e.g. to simulate an answer that changes).</summary>
    internal SafeHttpFetcher(IOptions<IngestOptions> options, TimeProvider time, ILogger<SafeHttpFetcher> logger,
        Func<string, CancellationToken, Task<System.Net.IPAddress[]>> resolve)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _connector = new GuardedConnector(_options.AllowPrivateNetworks, resolve);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseProxy = false,
            UseCookies = false,
            ConnectCallback = _connector.ConnectAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = _options.FetchTimeout,
            MaxResponseHeadersLength = 64,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = new CancellationTokenSource(_options.FetchTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var result = await FollowAsync(request, linked.Token);
            if (result is FetchRefused refused)
            {
                LogRefused(_logger, UrlRedactor.Redact(request.Url), refused.Reason);
            }
            else if (result is FetchFailed failed)
            {
                LogFailed(_logger, UrlRedactor.Redact(request.Url), failed.Reason);
            }

            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own budget ran out (or the connect timeout, which equals it): a failure to record, not a cancellation.
            var seconds = _options.FetchTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            LogFailed(_logger, UrlRedactor.Redact(request.Url), "timed out");
            return new FetchFailed(request.Url, $"timed out after {seconds} s (Ingest:FetchTimeout)");
        }
    }

    private async Task<FetchResult> FollowAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var hop = 0; ; hop++)
        {
            if (FetchMessages.RefuseScheme(url) is { } schemeReason)
            {
                return new FetchRefused(request.Url, schemeReason);
            }

            if (!visited.Add(url.AbsoluteUri))
            {
                return new FetchFailed(request.Url, $"redirect loop: {UrlRedactor.Redact(url)} was already visited", IsTransient: false);
            }

            try
            {
                // Checked before sending, for a clear refusal; the connection callback checks again what it connects to.
                await _connector.ResolveAsync(url.IdnHost, cancellationToken);
                using var message = FetchMessages.Build(request, url, _options.UserAgent);
                using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (FetchMessages.IsRedirect(response.StatusCode))
                {
                    var next = FetchMessages.NextLocation(url, response);
                    if (next is null)
                    {
                        return new FetchFailed(request.Url, $"HTTP {(int)response.StatusCode} redirect without a Location", (int)response.StatusCode, false);
                    }

                    if (hop >= _options.MaxRedirects)
                    {
                        return new FetchFailed(request.Url, $"more than {_options.MaxRedirects} redirects (Ingest:MaxRedirects)", IsTransient: false);
                    }

                    if (url.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
                    {
                        LogDowngrade(_logger, UrlRedactor.Redact(url), UrlRedactor.Redact(next));
                    }

                    url = next;
                    continue;
                }

                return await FetchResponses.CompleteAsync(request, url, response, _options.MaxResponseBytes, cancellationToken);
            }
            catch (Exception e) when (FetchErrors.Find<AddressRefusedException>(e) is { } refused)
            {
                return new FetchRefused(request.Url, refused.Message);
            }
            catch (HttpRequestException e)
            {
                return new FetchFailed(request.Url, $"could not fetch {UrlRedactor.Redact(url)}: {FetchErrors.Describe(e)}");
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                // The body broke while streaming: a dropped connection, or a gzip/deflate/brotli body that does not decode.
                return new FetchFailed(request.Url, $"the response from {url.Host} broke while reading: {e.Message.TrimEnd('.')}");
            }
        }
    }

    public void Dispose() => _client.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch of {Url} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string url, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetch of {Url} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redirect from {From} downgrades https to http: {To}")]
    private static partial void LogDowngrade(ILogger logger, string from, string to);
}
