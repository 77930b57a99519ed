namespace NewsBot.FakeDiscord;

/// <summary>An interaction the fake issued, with what the client did with it.</summary>
public sealed class FakeInteraction(string id, string token, int type, DateTimeOffset createdAt)
{
    public string Id => id;

    public string Token => token;

    public int Type => type;

    public DateTimeOffset CreatedAt => createdAt;

    /// <summary>The accepted callback type (4, 5, 6, 7, 8), or null.</summary>
    public int? CallbackType { get; set; }

    public string? CallbackBody { get; set; }

    public int CallbackAttempts { get; set; }

    public List<string> OriginalEdits { get; } = [];

    /// <summary>Whether the client deleted the original response (DELETE @original).</summary>
    public bool OriginalDeleted { get; set; }

    public List<string> Followups { get; } = [];
}
