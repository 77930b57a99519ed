using NewsBot.Core.Text;

namespace NewsBot.Core.Ingest.Html;

/// <summary>
/// The article found in a web page: its title, its main text as blocks in reading order (headings marked, page furniture
/// outside the article dropped; not yet cleaned of boilerplate lines), and what the page says about itself.
/// </summary>
public sealed record ExtractedPage(
    string? Title,
    IReadOnlyList<TextBlock> Paragraphs,
    DateTimeOffset? Published,
    Uri? CanonicalUrl,
    string? Language);
