using AngleSharp.Dom;

namespace NewsBot.Core.Ingest.Html;

/// <summary>
/// Scores containers by the paragraphs they hold, as readability does: each paragraph of 25+ characters gives its parent
/// 1 point, plus 1 per comma and up to 3 for length, and half as much to its grandparent; names like "article" or "content"
/// add points. The best container, discounted by how much of its text is links, holds the article.
/// </summary>
internal static class HtmlContentScorer
{
    private const int MinParagraphChars = 25;
    private const double ContentNameBonus = 25;

    public static IElement? FindContent(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, td, blockquote"))
        {
            var text = paragraph.TextContent.Trim();
            if (text.Length < MinParagraphChars)
            {
                continue;
            }

            var points = 1 + text.Count(c => c is ',' or '،' or '，') + Math.Min(3, text.Length / 100);
            AddScore(scores, paragraph.ParentElement, points);
            AddScore(scores, paragraph.ParentElement?.ParentElement, points / 2.0);
        }

        return scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value * (1 - LinkDensity(pair.Key))).Key;
    }

    /// <summary>Share of an element's text that sits inside links: menus and link lists are mostly links.</summary>
    public static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, (double)linked / total);
    }

    private static void AddScore(Dictionary<IElement, double> scores, IElement? element, double points)
    {
        if (element is null)
        {
            return;
        }

        if (!scores.ContainsKey(element))
        {
            scores[element] = HtmlNoise.IsContentName(element) ? ContentNameBonus : 0;
        }

        scores[element] += points;
    }
}
