using System.Text.RegularExpressions;

namespace NewsBot.Core.Summaries;

/// <summary>How a stored sentence is shown in a summary: wire-service prefixes and photo-caption labels are dropped.</summary>
public static partial class SentenceText
{
    public static string ForDisplay(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = PageFurniture().Replace(sentence, string.Empty, 1);
        text = WireServicePrefix().Replace(text, string.Empty, 1);
        text = CaptionLabel().Replace(text, string.Empty, 1);
        return text.Trim();
    }

    // "(CNN)", "LONDON, England (CNN) --", "PARIS (AFP) -" at the start of a story.
    [GeneratedRegex(@"^\s*(?:[\p{Lu}][\p{Lu}\p{L} .,'-]{0,40}\s*)?\((?:CNN|AP|AFP|Reuters|Reuters Health|EW\.com|CNN Student News)\)\s*(?:--|—|–|-)?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex WireServicePrefix();

    // Page furniture the scrape glued to the sentence after it: "Scroll down for video The Prime Minister said ...".
    [GeneratedRegex(@"^\s*(?:scroll down (?:for|to (?:see|watch)) (?:the )?videos?|(?:watch|see) (?:the )?video below)\s*[.:]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();

    // "Wanted: Police in Maryland ..." (a photo caption label glued to the sentence); at most three words, no space before ':'.
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'-]*(?: [\p{L}'-]+){0,2}:\s+(?=[\p{Lu}""“‘'])", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLabel();
}
