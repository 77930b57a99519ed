using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Gives each attempt <see cref="DiscordOptions.RequestTimeout"/> and retries 5xx answers, timeouts and network errors up to
/// <see cref="DiscordOptions.MaxRetries"/> times with jittered backoff. Sits inside the rate limiter, so waits for a bucket do not
/// count toward the timeout. Message creation stays idempotent across retries through nonce + enforce_nonce.
/// </summary>
internal sealed class RetryHandler(IOptions<DiscordOptions> options, DiscordTimings timings, TimeProvider time, ILogger<RetryHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = RestRoute.From(request.Method, request.RequestUri!).Key;
        for (var attempt = 0; ; attempt++)
        {
            var canRetry = attempt < options.Value.MaxRetries;
            using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            string reason;
            try
            {
                var response = await base.SendAsync(request, linked.Token);
                if ((int)response.StatusCode < 500 || !canRetry)
                {
                    return response;
                }

                reason = "HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.Dispose();
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                if (!canRetry)
                {
                    throw new TimeoutException($"Discord did not answer {route} within {options.Value.RequestTimeout.TotalSeconds:0.#} s, {attempt + 1} time(s).");
                }

                reason = "timeout";
            }
            catch (HttpRequestException ex) when (canRetry)
            {
                reason = ex.HttpRequestError.ToString();
            }

            var delay = timings.RetryBaseDelay * Math.Pow(2, attempt) * (0.75 + (Random.Shared.NextDouble() / 2));
            DiscordLog.RetryingRequest(logger, route, reason, attempt + 1, delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }
}
