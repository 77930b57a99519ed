using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsBot.Tests.Core.Web;

namespace NewsBot.Tests.Host.Feeds;

/// <summary>
/// A news site on the local fixture server: an RSS feed whose items can be added, with ETag support (304 when unchanged),
/// dates that may be rewritten on every request, an article page per item, and a switch to make the feed fail.
/// </summary>
internal sealed class FeedSite
{
    private readonly FixtureServer _server;
    private readonly string _name;
    private readonly List<string> _items = [];
    private readonly Lock _gate = new();
    private int _notModified;

    public FeedSite(FixtureServer server, string name, int items)
    {
        (_server, _name) = (server, name);
        for (var i = 0; i < items; i++)
        {
            AddItem();
        }

        server.Map(FeedPath, ServeFeedAsync);
    }

    public bool UseETag { get; set; }

    public bool RewriteDates { get; set; }

    public int? FailWith { get; set; }

    public string FeedPath => $"/{_name}/rss.xml";

    public Uri FeedUrl => _server.Url(FeedPath);

    public int FeedHits => _server.Hits(FeedPath);

    public int NotModifiedAnswers => Volatile.Read(ref _notModified);

    public string AddItem()
    {
        lock (_gate)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{_name}-{_items.Count + 1}");
            _items.Add(id);
            _server.MapContent($"/{_name}/{id}.html", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(Page(id)));
            return id;
        }
    }

    public static string Title(string id) => $"Council of {id} approves the new river bridge";

    private async Task ServeFeedAsync(HttpContext context)
    {
        if (FailWith is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        List<string> items;
        lock (_gate)
        {
            items = [.. _items];
        }

        var etag = string.Create(CultureInfo.InvariantCulture, $"\"{_name}-{items.Count}\"");
        if (UseETag)
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                Interlocked.Increment(ref _notModified);
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = etag;
        }

        var date = RewriteDates ? DateTimeOffset.UtcNow : new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var body = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
            .Append(_name).Append(" News</title><link>").Append(_server.BaseUrl).Append("</link>");
        foreach (var id in items)
        {
            body.Append("<item><title>").Append(WebUtility.HtmlEncode(Title(id))).Append("</title><link>").Append(_server.Url($"/{_name}/{id}.html"))
                .Append("</link><guid isPermaLink=\"false\">").Append(id).Append("</guid><pubDate>").Append(date.ToString("r", CultureInfo.InvariantCulture))
                .Append("</pubDate><description>The council voted on the bridge over the river.</description></item>");
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(body.Append("</channel></rss>").ToString());
    }

    private static string Page(string id) => $"""
        <!DOCTYPE html><html lang="en"><head><title>{Title(id)}</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>{Title(id)}</h1>
        <p>The town council of {id} approved the construction of a new bridge over the river on Tuesday evening, after a debate that lasted more than four hours.</p>
        <p>Supporters of the project in {id} said the bridge would cut travel times for thousands of commuters and bring new shops to the old harbour district.</p>
        <p>Opponents argued that the cost, estimated at forty million euros, would force the council of {id} to raise local taxes within two years.</p>
        </article><footer>Copyright {id} Daily</footer></body></html>
        """;
}
