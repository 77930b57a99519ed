namespace NewsBot.FakeDiscord;

/// <summary>One HTTP request as the fake received it, with the status it answered.</summary>
public sealed record RecordedRequest(
    string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public int Status { get; set; }

    /// <summary>The path below /api/v10, e.g. <c>/channels/400/messages</c>.</summary>
    public string Route => Path.StartsWith("/api/v10", StringComparison.Ordinal) ? Path["/api/v10".Length..] : Path;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
