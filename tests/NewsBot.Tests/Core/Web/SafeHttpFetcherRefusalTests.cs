using System.Net;
using NewsBot.Core.Web;

namespace NewsBot.Tests.Core.Web;

/// <summary>With private networks not allowed every one of these is refused before any connection is made.</summary>
public sealed class SafeHttpFetcherRefusalTests(FixtureServer server) : IClassFixture<FixtureServer>
{
    [Theory]
    [InlineData("http://127.0.0.1:{port}/x", "loopback")]
    [InlineData("http://10.1.2.3/x", "private (10.0.0.0/8)")]
    [InlineData("http://192.168.1.1/x", "private (192.168.0.0/16)")]
    [InlineData("http://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("http://100.64.0.1/x", "carrier-grade NAT")]
    [InlineData("http://[::1]:{port}/x", "loopback")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/x", "IPv4-mapped")]
    [InlineData("http://[fd00::1]/x", "unique local")]
    [InlineData("http://0.0.0.0:{port}/x", "unspecified")]
    [InlineData("http://localhost:{port}/x", "loopback")]
    [InlineData("https://user:secret@127.0.0.1:{port}/x", "loopback")]
    public async Task FetchAsync_PrivateAddress_RefusedWithoutConnecting(string template, string expected)
    {
        server.MapContent("/x", "text/plain", [1]);
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(allowPrivate: false));
        var url = new Uri(template.Replace("{port}", server.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var result = Assert.IsType<FetchRefused>(await fetcher.FetchAsync(new FetchRequest(url)));

        Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, server.Hits("/x"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://ftp.example.com/pub/feed.xml")]
    [InlineData("gopher://example.com/")]
    public async Task FetchAsync_NonHttpScheme_Refused(string url)
    {
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(allowPrivate: true));

        var result = Assert.IsType<FetchRefused>(await fetcher.FetchAsync(new FetchRequest(new Uri(url))));

        Assert.Contains("only http and https", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_DnsAnswerChangesToLoopback_RefusedAtConnect()
    {
        // DNS rebinding: the check before the request sees a public address, the connection's own lookup sees loopback.
        var lookups = 0;
        Task<IPAddress[]> Resolve(string host, CancellationToken ct) => Task.FromResult(
            Interlocked.Increment(ref lookups) == 1 ? [IPAddress.Parse("93.184.216.34")] : new[] { IPAddress.Loopback });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(allowPrivate: false), Resolve);

        var result = Assert.IsType<FetchRefused>(await fetcher.FetchAsync(new FetchRequest(new Uri($"http://rebind.test:{server.BaseUrl.Port}/x"))));

        Assert.Contains("127.0.0.1", result.Reason, StringComparison.Ordinal);
        Assert.Equal(2, lookups);
        Assert.Equal(0, server.Hits("/x"));
    }

    [Fact]
    public async Task FetchAsync_OnePrivateAmongPublicAddresses_Refused()
    {
        Task<IPAddress[]> Resolve(string host, CancellationToken ct) =>
            Task.FromResult(new[] { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("10.0.0.7") });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(allowPrivate: false), Resolve);

        var result = Assert.IsType<FetchRefused>(await fetcher.FetchAsync(new FetchRequest(new Uri("http://mixed.test/"))));

        Assert.Contains("10.0.0.7", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_HostWithNoAddresses_Failed()
    {
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(allowPrivate: false), (_, _) => Task.FromResult(Array.Empty<IPAddress>()));

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(new Uri("http://empty.test/"))));

        Assert.Contains("no addresses", result.Reason, StringComparison.Ordinal);
    }
}
