namespace NewsBot.Core.Quotes;

/// <summary>
/// A top-level pair of quote marks found in the body: <see cref="Open"/> is the opening mark, <see cref="CloseEnd"/> the
/// offset just after the closing mark; the content (marks and inner spaces excluded) is <c>[ContentStart, ContentEnd)</c>.
/// <see cref="Closed"/> is false when the closing mark was missing and the paragraph end stood in for it.
/// </summary>
internal sealed record QuoteSpan(int Open, int ContentStart, int ContentEnd, int CloseEnd, bool Closed);
