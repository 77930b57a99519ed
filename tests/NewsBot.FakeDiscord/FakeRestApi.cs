using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace NewsBot.FakeDiscord;

/// <summary>The REST side of the fake: records, applies scripted faults, checks headers, then serves the route.</summary>
public sealed partial class FakeRestApi(FakeDiscordOptions options, FakeRecorder recorder, Func<string> gatewayUrl)
{
    private readonly ConcurrentQueue<FakeHttpFault> _faults = new();
    private readonly ConcurrentDictionary<string, FakeInteraction> _interactions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _nonces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FakeHttpFault, int> _uses = new(ReferenceEqualityComparer.Instance);
    private long _nextId = 1_000_000;

    public IReadOnlyCollection<FakeInteraction> Interactions => [.. _interactions.Values];

    public void Enqueue(FakeHttpFault fault) => _faults.Enqueue(fault);

    /// <summary>Removes the scripted faults still pending (e.g. a "for ever" one).</summary>
    public void ClearFaults() => _faults.Clear();

    public FakeInteraction? Interaction(string id) => _interactions.GetValueOrDefault(id);

    /// <summary>Registers an interaction id and token (starting its deadline) without dispatching it, for REST-only tests.</summary>
    public FakeInteraction NewInteraction(int type)
    {
        var id = NextId();
        var interaction = new FakeInteraction(id, "itok" + id, type, DateTimeOffset.UtcNow);
        _interactions[id] = interaction;
        return interaction;
    }

    internal string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    internal async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(http.Request.Method, http.Request.Path, http.Request.QueryString.Value ?? string.Empty, headers, body, DateTimeOffset.UtcNow);
        var route = recorded.Route;
        var bucket = "b" + (uint)StableHash(http.Request.Method + Regex.Replace(route, "[0-9]+", ":id"));
        http.Response.Headers["X-RateLimit-Limit"] = "5";
        http.Response.Headers["X-RateLimit-Remaining"] = "4";
        http.Response.Headers["X-RateLimit-Reset-After"] = "1";
        http.Response.Headers["X-RateLimit-Bucket"] = bucket;
        var (status, json) = await ServeAsync(http, recorded, route, body);
        recorded.Status = status;

        // Recorded before the response goes out, so a client that has its answer always finds its request recorded.
        recorder.Add(recorded);
        http.Response.StatusCode = status;
        if (json is not null)
        {
            http.Response.ContentType = json.StartsWith('<') ? "text/html" : "application/json";
            await http.Response.WriteAsync(json);
        }
    }

    private async Task<(int Status, string? Body)> ServeAsync(HttpContext http, RecordedRequest request, string route, string body)
    {
        if (NextFault(request.Method, route) is { } fault)
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            foreach (var (name, value) in fault.Headers)
            {
                http.Response.Headers[name] = value;
            }

            if (fault.Status is { } status)
            {
                return (status, fault.Body);
            }
        }

        var webhookOrCallback = route.StartsWith("/webhooks/", StringComparison.Ordinal) || route.StartsWith("/interactions/", StringComparison.Ordinal);
        if (!webhookOrCallback && request.Header("Authorization") != "Bot " + options.Token)
        {
            return (401, """{"message":"401: Unauthorized","code":0}""");
        }

        if (!UserAgentRule().IsMatch(request.Header("User-Agent") ?? string.Empty))
        {
            return (400, """{"message":"A valid User-Agent is required (DiscordBot ($url, $versionNumber))","code":0}""");
        }

        JsonNode? json = null;
        if (request.Method is "POST" or "PUT" or "PATCH")
        {
            if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true)
            {
                return (400, """{"message":"Invalid Form Body","code":50035,"errors":{"_errors":[{"code":"CONTENT_TYPE_INVALID","message":"Expected application/json"}]}}""");
            }

            try
            {
                json = JsonNode.Parse(body);
            }
            catch (System.Text.Json.JsonException)
            {
                return (400, """{"message":"The request body contains invalid JSON.","code":50109}""");
            }
        }

        return Route(request.Method, route, json, request.Query);
    }

    private FakeHttpFault? NextFault(string method, string route)
    {
        foreach (var fault in _faults)
        {
            if (fault.Times > 0 && fault.Method == method && route.StartsWith(fault.RouteStartsWith, StringComparison.Ordinal))
            {
                // A fault stays queued; this counter tells how many of its Times are used.
                if (_uses.AddOrUpdate(fault, 1, (_, n) => n + 1) <= fault.Times)
                {
                    return fault;
                }
            }
        }

        return null;
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    [GeneratedRegex(@"^DiscordBot \(.+, .+\)$")]
    private static partial Regex UserAgentRule();
}
