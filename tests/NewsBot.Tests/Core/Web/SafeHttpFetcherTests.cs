using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsBot.Core.Web;

namespace NewsBot.Tests.Core.Web;

public sealed class SafeHttpFetcherTests(FixtureServer server) : IClassFixture<FixtureServer>
{
    private static readonly byte[] Hello = Encoding.UTF8.GetBytes("<p>hello</p>");

    [Fact]
    public async Task FetchAsync_Ok_BodyTypeCharsetValidatorsAndUserAgent()
    {
        string? userAgent = null;
        server.Map("/ok", async context =>
        {
            userAgent = context.Request.Headers.UserAgent.ToString();
            context.Response.ContentType = "Text/HTML; charset=ISO-8859-1";
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Tue, 05 Mar 2024 09:30:00 GMT";
            await context.Response.Body.WriteAsync(Hello);
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchSucceeded>(await fetcher.FetchAsync(new FetchRequest(server.Url("/ok"))));

        Assert.Equal(Hello, result.Body.ToArray());
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("ISO-8859-1", result.Charset);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), result.LastModified);
        Assert.StartsWith("NewsBot/", userAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_MatchingValidators_NotModified()
    {
        server.Map("/conditional", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"abc\"" && context.Request.Headers.IfModifiedSince.Count == 1)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"abc\"";
            await context.Response.Body.WriteAsync(Hello);
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var first = Assert.IsType<FetchSucceeded>(await fetcher.FetchAsync(new FetchRequest(server.Url("/conditional"))));
        var second = await fetcher.FetchAsync(new FetchRequest(server.Url("/conditional"), first.ETag, DateTimeOffset.UnixEpoch));

        Assert.IsType<FetchNotModified>(second);
    }

    [Fact]
    public async Task FetchAsync_GzipResponse_Decompressed()
    {
        var text = string.Concat(Enumerable.Repeat("compressible news text ", 500));
        server.Map("/gzip", async context =>
        {
            Assert.Contains("gzip", context.Request.Headers.AcceptEncoding.ToString(), StringComparison.Ordinal);
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/plain";
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes(text));
            }

            await context.Response.Body.WriteAsync(buffer.ToArray());
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchSucceeded>(await fetcher.FetchAsync(new FetchRequest(server.Url("/gzip"))));

        Assert.Equal(text, Encoding.UTF8.GetString(result.Body.Span));
    }

    [Fact]
    public async Task FetchAsync_RelativeRedirects_FinalUrlIsLastHop()
    {
        server.MapRedirect("/hop/a", "/hop/b", StatusCodes.Status301MovedPermanently);
        server.MapRedirect("/hop/b", "c", StatusCodes.Status308PermanentRedirect);
        server.MapContent("/hop/c", "text/html", Hello);
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchSucceeded>(await fetcher.FetchAsync(new FetchRequest(server.Url("/hop/a"))));

        Assert.Equal(server.Url("/hop/c"), result.FinalUrl);
        Assert.Equal(server.Url("/hop/a"), result.Url);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_FailsNamingTheLoop()
    {
        server.MapRedirect("/loop/a", "/loop/b");
        server.MapRedirect("/loop/b", "/loop/a");
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/loop/a"))));

        Assert.Contains("redirect loop", result.Reason, StringComparison.Ordinal);
        Assert.False(result.IsTransient);
    }

    [Fact]
    public async Task FetchAsync_SixRedirects_FailsAfterFive()
    {
        for (var i = 0; i < 6; i++)
        {
            server.MapRedirect($"/chain/{i}", $"/chain/{i + 1}");
        }

        server.MapContent("/chain/6", "text/html", Hello);
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/chain/0"))));
        var hitsAfterSix = server.Hits("/chain/6");
        var fromOne = await fetcher.FetchAsync(new FetchRequest(server.Url("/chain/1")));

        Assert.Contains("more than 5 redirects", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, hitsAfterSix);
        Assert.IsType<FetchSucceeded>(fromOne);
    }

    [Fact]
    public async Task FetchAsync_RedirectWithoutLocation_Fails()
    {
        server.Map("/nolocation", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            return Task.CompletedTask;
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/nolocation"))));

        Assert.Contains("without a Location", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectToFileScheme_Refused()
    {
        server.MapRedirect("/tofile", "file:///etc/passwd");
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchRefused>(await fetcher.FetchAsync(new FetchRequest(server.Url("/tofile"))));

        Assert.Contains("'file:'", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, false)]
    [InlineData(410, false)]
    [InlineData(503, true)]
    [InlineData(429, true)]
    public async Task FetchAsync_ErrorStatus_FailedWithStatusAndTransience(int status, bool transient)
    {
        server.Map($"/status/{status}", context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url($"/status/{status}"))));

        Assert.Equal(status, result.StatusCode);
        Assert.Equal(transient, result.IsTransient);
        Assert.Contains($"HTTP {status}", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ThirtyMegabytesUnderTenMegabyteCap_CutOffWithClearError()
    {
        var sent = 0L;
        server.Map("/huge", async context =>
        {
            // No Content-Length: the cap must hold while streaming, not by trusting a header.
            var chunk = new byte[64 * 1024];
            try
            {
                for (var i = 0; i < 30 * 16; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref sent, chunk.Length);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The client hung up at the cap, as it should.
            }
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/huge"))));

        Assert.Contains("larger than 10485760 bytes", result.Reason, StringComparison.Ordinal);
        Assert.False(result.IsTransient);
    }

    [Fact]
    public async Task FetchAsync_DeclaredLengthOverCap_FailsBeforeReading()
    {
        server.Map("/declared", async context =>
        {
            context.Response.ContentLength = 2048;
            await context.Response.Body.WriteAsync(new byte[2048]);
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(maxBytes: 1024));

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/declared"))));

        Assert.Contains("larger than 1024 bytes", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_SlowResponse_TimesOut()
    {
        server.Map("/slow", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as it should.
            }
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options(timeout: TimeSpan.FromMilliseconds(500)));

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/slow"))));

        Assert.Contains("timed out", result.Reason, StringComparison.Ordinal);
        Assert.True(result.IsTransient);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_Throws()
    {
        server.Map("/wait", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(60), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // Expected when the client cancels.
            }
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(new FetchRequest(server.Url("/wait")), cancel.Token));
    }

    [Fact]
    public async Task FetchAsync_ConnectionDropsMidBody_FailedTransient()
    {
        server.Map("/dropped", async context =>
        {
            context.Response.ContentLength = 100_000;
            await context.Response.Body.WriteAsync(new byte[1000]);
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/dropped"))));

        Assert.True(result.IsTransient);
        Assert.Null(result.StatusCode);
        // Depending on when the drop is seen (headers or body), the reason is one of the two wordings.
        Assert.True(result.Reason.Contains("could not fetch", StringComparison.Ordinal)
            || result.Reason.Contains("broke while reading", StringComparison.Ordinal), result.Reason);
    }

    [Fact]
    public async Task FetchAsync_CorruptGzipBody_FailedNamingTheBody()
    {
        server.Map("/badgzip", async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes("this is not gzip data at all, just bytes pretending"));
        });
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(server.Url("/badgzip"))));

        Assert.Contains("broke while reading", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ConnectionRefused_FailedTransient()
    {
        // A port that was free a moment ago: nothing listens there.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = WebTesting.Fetcher(WebTesting.Options());

        var result = Assert.IsType<FetchFailed>(await fetcher.FetchAsync(new FetchRequest(new Uri($"http://127.0.0.1:{port}/"))));

        Assert.True(result.IsTransient);
        // Depending on when the drop is seen (headers or body), the reason is one of the two wordings.
        Assert.True(result.Reason.Contains("could not fetch", StringComparison.Ordinal)
            || result.Reason.Contains("broke while reading", StringComparison.Ordinal), result.Reason);
    }
}
