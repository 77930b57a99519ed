namespace NewsBot.Discord.Models;

/// <summary>
/// A rich embed. Discord's limits: title 256, description 4096, 25 fields, field name 256 / value 1024, footer 2048,
/// and 6000 characters summed over all embeds of a message (see <see cref="EmbedLimits"/>).
/// </summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }

    /// <summary>ISO 8601; serialised by System.Text.Json in invariant round-trip form.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>0xRRGGBB (0..16777215).</summary>
    public int? Color { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedAuthor? Author { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
}

public sealed record EmbedField(string Name, string Value)
{
    public bool? Inline { get; init; }
}

public sealed record EmbedFooter(string Text)
{
    public string? IconUrl { get; init; }
}

public sealed record EmbedAuthor(string Name)
{
    public string? Url { get; init; }
}
