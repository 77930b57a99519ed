using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Core.Web;

namespace NewsBot.Tests.Core.Web;

/// <summary>Builds fetchers for tests: private networks allowed unless a test checks the refusals.</summary>
internal static class WebTesting
{
    public static IngestOptions Options(bool allowPrivate = true, TimeSpan? timeout = null, long maxBytes = 10L * 1024 * 1024) => new()
    {
        AllowPrivateNetworks = allowPrivate,
        FetchTimeout = timeout ?? TimeSpan.FromSeconds(20),
        MaxResponseBytes = maxBytes,
    };

    public static SafeHttpFetcher Fetcher(IngestOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<SafeHttpFetcher>.Instance);

    public static SafeHttpFetcher Fetcher(IngestOptions options, Func<string, CancellationToken, Task<IPAddress[]>> resolve) =>
        new(Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System, NullLogger<SafeHttpFetcher>.Instance, resolve);

    public static IOptions<IngestOptions> Wrap(IngestOptions options) => Microsoft.Extensions.Options.Options.Create(options);
}
