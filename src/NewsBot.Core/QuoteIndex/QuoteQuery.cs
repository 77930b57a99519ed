using NewsBot.Core.Quotes;

namespace NewsBot.Core.QuoteIndex;

/// <summary>
/// Which stored quotes to list. Every filter given must hold. With <see cref="SpeakerIds"/> and <see cref="IncludeStaff"/>,
/// quotes by people whose organisation is one of those speakers are included too, after the speakers' own quotes.
/// Otherwise quotes come newest article first, in body order within an article.
/// </summary>
public sealed record QuoteQuery(
    IReadOnlyList<long>? SpeakerIds = null,
    bool IncludeStaff = false,
    IReadOnlyList<long>? ArticleIds = null,
    QuoteKind? Kind = null,
    string? Language = null,
    int Limit = 50,
    int Offset = 0)
{
    public const int MaxLimit = 1000;
}
