using NewsBot.Core.QuoteIndex;

namespace NewsBot.Cli.Json;

/// <summary><c>speakers --json</c> items (documented in docs/quotes.md): quotes and articles count the speaker's own quotes.</summary>
public sealed record SpeakerJson(string Name, int Quotes, int Articles, IReadOnlyList<string> Aliases, string? Affiliation)
{
    public static SpeakerJson From(SpeakerInfo s) => new(s.Name, s.Quotes, s.Articles, s.Aliases, s.Affiliation);
}
