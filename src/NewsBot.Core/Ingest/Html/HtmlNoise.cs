using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Core.Ingest.Html;

/// <summary>
/// Removes what is never article text: scripts, styles, navigation, forms, share widgets, comments (including Disqus threads),
/// related and most-read links, and anything hidden by an inline style (paywall teasers and subscription nags hide there).
/// </summary>
internal static partial class HtmlNoise
{
    private const string NoiseSelector =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, "
        + "aside, footer, header, menu, dialog, figcaption, [role=navigation], [role=banner], [role=contentinfo], "
        + "[role=complementary], [role=dialog], [aria-hidden=true], [hidden]";

    private static readonly HashSet<string> Protected = new(StringComparer.OrdinalIgnoreCase) { "HTML", "BODY", "ARTICLE", "MAIN" };

    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(NoiseSelector).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.QuerySelectorAll("[style]").ToList())
        {
            if (!Protected.Contains(element.LocalName) && Hidden().IsMatch(element.GetAttribute("style") ?? string.Empty))
            {
                element.Remove();
            }
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (!Protected.Contains(element.LocalName) && IsNoiseName(element))
            {
                element.Remove();
            }
        }
    }

    /// <summary>Class or id names that page templates give to furniture.</summary>
    public static bool IsNoiseName(IElement element) =>
        NoiseName().IsMatch(element.ClassName ?? string.Empty) || NoiseName().IsMatch(element.Id ?? string.Empty);

    /// <summary>Class or id names that page templates give to the article body.</summary>
    public static bool IsContentName(IElement element) =>
        ContentName().IsMatch(element.ClassName ?? string.Empty) || ContentName().IsMatch(element.Id ?? string.Empty);

    [GeneratedRegex(
        @"(^|[\s_-])(share|sharing|social|comments?|comment-list|disqus|discussion|related|popular|most-read|mostread|read-more|readmore|more-stories|recirc|recirculation|recommended|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsored|cookie|consent|popup|modal|breadcrumbs?|sidebar|widget|tags|author-bio|trending|outbrain|taboola|paywall|skip-link)($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoiseName();

    [GeneratedRegex(@"(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"(^|[\s_-])(article|content|post|entry|story|body|text|main)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentName();
}
