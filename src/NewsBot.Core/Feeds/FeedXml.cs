using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsBot.Core.Text;

namespace NewsBot.Core.Feeds;

/// <summary>Reading helpers shared by the XML formats: namespaces, trimmed text, plain titles, links resolved against xml:base.</summary>
internal static partial class FeedXml
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The element's text, trimmed; null when absent or blank. CDATA and entities are already decoded by the parser.</summary>
    public static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A title as plain text: tags dropped, HTML entities (often double-escaped in feeds) decoded, whitespace collapsed.</summary>
    public static string? PlainText(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Contains('<', StringComparison.Ordinal) ? Tags().Replace(value, " ") : value;
        text = TextNormalizer.NormalizeLine(WebUtility.HtmlDecode(text)).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The base URL in scope at an element: xml:base attributes from the root down, resolved against the feed URL.</summary>
    public static Uri BaseOf(XElement element, Uri feedUrl)
    {
        var bases = element.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "base")?.Value).OfType<string>().Reverse();
        var current = feedUrl;
        foreach (var value in bases)
        {
            if (Uri.TryCreate(current, value.Trim(), out var next))
            {
                current = next;
            }
        }

        return current;
    }

    /// <summary>A link resolved against the base in scope; only http and https links are kept.</summary>
    public static Uri? Resolve(string? href, XElement context, Uri feedUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(BaseOf(context, feedUrl), href.Trim(), out var url))
        {
            return null;
        }

        return url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps ? url : null;
    }

    /// <summary>The language in scope: xml:lang on the element or an ancestor.</summary>
    public static string? Lang(XElement element) =>
        element.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>Plain text as HTML, paragraphs kept: content_text, Atom type="text" and the like.</summary>
    public static string TextToHtml(string text) =>
        string.Concat(text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
