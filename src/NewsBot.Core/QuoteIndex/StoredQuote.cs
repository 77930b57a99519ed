using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.QuoteIndex;

/// <summary>
/// A quote as stored: what <see cref="Quote"/> says, with its article and the ids of its canonical speaker and of the
/// speaker's organisation (when the article named one), as merged across articles. <see cref="Speaker"/> is the merged
/// speaker's name (empty when unattributed); <see cref="Text"/> is <c>body[Start..End]</c> of the stored article.
/// </summary>
public sealed record StoredQuote(
    long Id,
    Article Article,
    int Start,
    int End,
    string Text,
    QuoteKind Kind,
    long? SpeakerId,
    string Speaker,
    string Mention,
    string? Cue,
    string? Role,
    string? Affiliation,
    long? AffiliationId,
    string Language,
    double Confidence)
{
    /// <summary>"Gleb Kostarev (responsable ... chez Binance)": the speaker with what the article says of them.</summary>
    public string SpeakerLabel => (Role, Affiliation) switch
    {
        (null, null) => Speaker,
        ({ } role, { } org) when role.Contains(org, StringComparison.OrdinalIgnoreCase) => $"{Speaker} ({role})",
        ({ } role, { } org) => $"{Speaker} ({role}, {org})",
        ({ } role, null) => $"{Speaker} ({role})",
        (null, { } org) => $"{Speaker} ({org})",
    };
}
