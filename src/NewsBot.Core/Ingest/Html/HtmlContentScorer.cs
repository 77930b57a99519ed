using AngleSharp.Dom;

namespace NewsBot.Core.Ingest.Html;

/// <summary>
/// Scores containers by the paragraphs they hold, as readability does: each paragraph of 25+ characters gives its parent
/// 1 point, plus 1 per comma and up to 3 for length, and half as much to its grandparent; names like "article" or "content"
/// add points. The best container, discounted by how much of its text is links, holds the article; its siblings that
/// score well too are kept with it, because pages split one article into several blocks around ads and pictures.
/// </summary>
internal static class HtmlContentScorer
{
    private const int MinParagraphChars = 25;
    private const double ContentNameBonus = 25;

    /// <summary>A sibling joins the best container when it scores this share of it (readability's rule).</summary>
    private const double SiblingShare = 0.2;

    /// <summary>The containers holding the article, in document order; empty when no paragraph scores at all.</summary>
    public static IReadOnlyList<IElement> FindContent(IDocument document)
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

        if (scores.Count == 0)
        {
            return [];
        }

        var (top, topScore) = scores.Select(pair => (pair.Key, Score: Adjusted(pair.Key, pair.Value))).MaxBy(pair => pair.Score);
        return top.ParentElement is { } parent ? WithSiblings(parent, top, topScore, scores) : [top];
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

    private static List<IElement> WithSiblings(IElement parent, IElement top, double topScore, Dictionary<IElement, double> scores)
    {
        var threshold = Math.Max(10, topScore * SiblingShare);
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top
                || (scores.TryGetValue(sibling, out var score) && Adjusted(sibling, score) >= threshold)
                || (sibling.LocalName == "p" && sibling.TextContent.Trim().Length > 80 && LinkDensity(sibling) < 0.25))
            {
                chosen.Add(sibling);
            }
        }

        return chosen;
    }

    private static double Adjusted(IElement element, double score) => score * (1 - LinkDensity(element));

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
