using System.Text.Json;

namespace NewsBot.Discord.Models;

/// <summary>Discord's JSON error body, also the 429 body (then with retry_after and global).</summary>
internal sealed record DiscordError
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    public JsonElement? Errors { get; init; }
    public double? RetryAfter { get; init; }
    public bool? Global { get; init; }
}
