using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Shared rate-limit knowledge: route key → bucket hash (learnt from <c>X-RateLimit-Bucket</c>), buckets by hash + major
/// parameter, and the global pause after a global 429.
/// </summary>
internal sealed class RateLimitState(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private long _globalResetTicks;

    public RateLimitBucket BucketFor(RestRoute route)
    {
        var hash = _hashes.TryGetValue(route.Key, out var known) ? known : route.Key;
        return _buckets.GetOrAdd(hash + "|" + route.Major, _ => new RateLimitBucket());
    }

    public TimeSpan GlobalWait
    {
        get
        {
            var reset = new DateTimeOffset(Interlocked.Read(ref _globalResetTicks), TimeSpan.Zero);
            var wait = reset - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    public void PauseGlobal(TimeSpan retryAfter) =>
        Interlocked.Exchange(ref _globalResetTicks, (time.GetUtcNow() + retryAfter).UtcTicks);

    /// <summary>Reads X-RateLimit-Bucket/Remaining/Reset-After into the bucket and the route's hash mapping.</summary>
    public void Update(RestRoute route, RateLimitBucket bucket, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            _hashes[route.Key] = hash;
            // The bucket object learnt so far now also serves the hash, so requests keyed either way share one queue.
            _buckets.TryAdd(hash + "|" + route.Major, bucket);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.None, CultureInfo.InvariantCulture, out var remaining)
            && ParseSeconds(Header(headers, "X-RateLimit-Reset-After")) is { } resetAfter)
        {
            bucket.Remaining = remaining;
            bucket.ResetAt = time.GetUtcNow() + resetAfter;
        }
    }

    public static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public static TimeSpan? ParseSeconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86400
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
