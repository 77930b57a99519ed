namespace NewsBot.FakeDiscord;

/// <summary>
/// A scripted HTTP answer for requests whose method and route match, used <see cref="Times"/> times (int.MaxValue = for ever).
/// With a null <see cref="Status"/> the request is served normally and only <see cref="Headers"/> are added (e.g. Remaining 0).
/// </summary>
public sealed record FakeHttpFault(string Method, string RouteStartsWith)
{
    public int? Status { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public string? Body { get; init; }
    public TimeSpan Delay { get; init; }
    public int Times { get; init; } = 1;

    public static FakeHttpFault BucketRateLimit(string method, string route, double retryAfter = 0.3) => new(method, route)
    {
        Status = 429,
        Headers = RateLimitHeaders(retryAfter, "user", global: false),
        Body = Json429(retryAfter, global: false),
    };

    public static FakeHttpFault GlobalRateLimit(string method, string route, double retryAfter = 0.3) => new(method, route)
    {
        Status = 429,
        Headers = RateLimitHeaders(retryAfter, "global", global: true),
        Body = Json429(retryAfter, global: true),
    };

    public static FakeHttpFault SharedRateLimit(string method, string route, double retryAfter = 0.3) => new(method, route)
    {
        Status = 429,
        Headers = RateLimitHeaders(retryAfter, "shared", global: false),
        Body = Json429(retryAfter, global: false),
    };

    /// <summary>A Cloudflare-style 429: only <c>Retry-After</c> in whole seconds, an HTML body.</summary>
    public static FakeHttpFault BareRetryAfter(string method, string route, int seconds = 1) => new(method, route)
    {
        Status = 429,
        Headers = new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        Body = "<html><body>error code: 1015</body></html>",
    };

    public static FakeHttpFault ServerError(string method, string route, int status = 500, int times = 1) =>
        new(method, route) { Status = status, Body = """{"message":"Internal Server Error","code":0}""", Times = times };

    public static FakeHttpFault Error(string method, string route, int status, int code, string message) =>
        new(method, route) { Status = status, Body = $$"""{"message":"{{message}}","code":{{code}}}""" };

    private static Dictionary<string, string> RateLimitHeaders(double retryAfter, string scope, bool global)
    {
        var seconds = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = scope,
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = seconds;
        }

        return headers;
    }

    private static string Json429(double retryAfter, bool global) =>
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""";
}
