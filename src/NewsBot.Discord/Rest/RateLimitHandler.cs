using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Keeps requests inside Discord's rate limits: one request at a time per bucket, a wait when a bucket is exhausted, a global
/// pause after a global 429, a retry after every 429 (which does not use up a 5xx retry), and the invalid-request budget.
/// </summary>
internal sealed class RateLimitHandler(
    RateLimitState state, InvalidRequestBudget budget, DiscordTimings timings, TimeProvider time, ILogger<RateLimitHandler> logger)
    : DelegatingHandler
{
    /// <summary>429s in a row for one request before giving up; Discord sending more means something is badly wrong.</summary>
    private const int Max429Retries = 5;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = RestRoute.From(request.Method, request.RequestUri!);
        var bucket = state.BucketFor(route);
        if (!route.Unqueued)
        {
            await bucket.Gate.WaitAsync(cancellationToken);
        }

        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await WaitForQuotaAsync(route, bucket, cancellationToken);
                var response = await base.SendAsync(request, cancellationToken);
                state.Update(route, bucket, response.Headers);
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    budget.Record();
                }

                if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= Max429Retries)
                {
                    return response;
                }

                var (retryAfter, global, scope) = await Read429Async(response, cancellationToken);
                if (!string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase))
                {
                    budget.Record(); // shared-scope 429s are the resource's limit, not ours, and Discord does not count them.
                }

                if (global)
                {
                    state.PauseGlobal(retryAfter);
                }

                DiscordLog.RateLimited(logger, route.Key, global ? "global" : scope ?? "bucket", retryAfter.TotalMilliseconds);
                response.Dispose();
                await Task.Delay(retryAfter + timings.RateLimitOffset, time, cancellationToken);
                bucket.Remaining = null;
            }
        }
        finally
        {
            if (!route.Unqueued)
            {
                bucket.Gate.Release();
            }
        }
    }

    private async Task WaitForQuotaAsync(RestRoute route, RateLimitBucket bucket, CancellationToken ct)
    {
        var invalid = budget.Count;
        if (invalid >= budget.Limit)
        {
            throw new DiscordRequestRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"{invalid} requests were answered 401/403/429 in the last 10 minutes (budget {budget.Limit}); {route.Key} is not sent, to stay clear of Discord's IP ban. Fix the cause (token, permissions, request rate)."));
        }

        if (invalid * 2 >= budget.Limit)
        {
            DiscordLog.InvalidRequestSlowdown(logger, route.Key, invalid, budget.Limit);
            await Task.Delay(timings.InvalidRequestSlowdown, time, ct);
        }

        if (state.GlobalWait is { } global && global > TimeSpan.Zero)
        {
            DiscordLog.RateLimitWait(logger, route.Key, "global", global.TotalMilliseconds);
            await Task.Delay(global + timings.RateLimitOffset, time, ct);
        }

        var untilReset = bucket.ResetAt - time.GetUtcNow();
        if (bucket.Remaining == 0 && untilReset > TimeSpan.Zero)
        {
            DiscordLog.RateLimitWait(logger, route.Key, "bucket", untilReset.TotalMilliseconds);
            await Task.Delay(untilReset + timings.RateLimitOffset, time, ct);
            bucket.Remaining = null;
        }
    }

    /// <summary>The wait from the JSON body, else Retry-After (a Cloudflare 429 has no JSON body), else a safe second.</summary>
    private static async Task<(TimeSpan RetryAfter, bool Global, string? Scope)> Read429Async(HttpResponseMessage response, CancellationToken ct)
    {
        DiscordError? body = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            body = text.StartsWith('{') ? JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordError) : null;
        }
        catch (JsonException)
        {
            body = null;
        }

        var scope = RateLimitState.Header(response.Headers, "X-RateLimit-Scope");
        var global = body?.Global == true
            || string.Equals(RateLimitState.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(scope, "global", StringComparison.OrdinalIgnoreCase);
        var retryAfter = body?.RetryAfter is { } seconds and >= 0 and < 86400
            ? TimeSpan.FromSeconds(seconds)
            : response.Headers.RetryAfter?.Delta
              ?? RateLimitState.ParseSeconds(RateLimitState.Header(response.Headers, "X-RateLimit-Reset-After"))
              ?? TimeSpan.FromSeconds(1);
        return (retryAfter, global, scope);
    }
}
