using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Web;
using NewsBot.Tests.Core.Web;

namespace NewsBot.Tests.Core.Feeds;

/// <summary>A poller wired to real parts (fetcher, extractor) reaching the local fixture server; the clock is fixed.</summary>
internal sealed class FeedPollerFixture : IDisposable
{
    public static readonly DateTimeOffset Now = new(2024, 3, 5, 12, 0, 0, TimeSpan.Zero);

    private readonly SafeHttpFetcher _fetcher;

    public FeedPollerFixture(IngestOptions? options = null)
    {
        Options = options ?? WebTesting.Options();
        _fetcher = WebTesting.Fetcher(Options);
        Poller = new FeedPoller(_fetcher, new FeedArticleReader(_fetcher, new HtmlArticleExtractor()), WebTesting.Wrap(Options),
            new FixedTime(Now), NullLogger<FeedPoller>.Instance);
    }

    public IngestOptions Options { get; }

    public FeedPoller Poller { get; }

    public void Dispose() => _fetcher.Dispose();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
