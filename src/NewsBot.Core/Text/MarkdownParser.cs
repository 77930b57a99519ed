using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Core.Text;

/// <summary>
/// Reads the Markdown found in article files as text: ATX (<c># Title</c>) and setext headings become heading blocks, list
/// items become body blocks, consecutive lines form one paragraph, and links, images, emphasis, inline code and HTML tags are
/// reduced to their text. Fenced code, tables' rule lines and link reference definitions are dropped: they are not prose.
/// </summary>
public static partial class MarkdownParser
{
    public static IReadOnlyList<TextBlock> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var blocks = new List<TextBlock>();
        var paragraph = new StringBuilder();
        var inFence = false;
        foreach (var rawLine in markdown.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim().ToString();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                Flush(blocks, paragraph);
                inFence = !inFence;
                continue;
            }

            if (inFence || ReferenceDefinition().IsMatch(line) || TableRule().IsMatch(line))
            {
                continue;
            }

            if (line.Length == 0 || HorizontalRule().IsMatch(line))
            {
                Flush(blocks, paragraph);
                continue;
            }

            if (SetextUnderline().IsMatch(line) && paragraph.Length > 0)
            {
                blocks.Add(new TextBlock(Inline(paragraph.ToString()), BlockKind.Heading));
                paragraph.Clear();
                continue;
            }

            var heading = AtxHeading().Match(line);
            var item = ListItem().Match(line);
            if (heading.Success || item.Success)
            {
                Flush(blocks, paragraph);
                var text = heading.Success ? heading.Groups["text"].Value : item.Groups["text"].Value;
                blocks.Add(new TextBlock(Inline(text), heading.Success ? BlockKind.Heading : BlockKind.Body));
                continue;
            }

            paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(BlockQuote().Replace(line, string.Empty));
        }

        Flush(blocks, paragraph);
        return blocks;
    }

    /// <summary>Reduces inline Markdown to its text: images go, links keep their label, emphasis and code marks go.</summary>
    public static string Inline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = Image().Replace(text, string.Empty);
        result = Link().Replace(result, "${label}");
        result = AutoLink().Replace(result, "${url}");
        result = HtmlTag().Replace(result, string.Empty);
        result = Emphasis().Replace(result, "${text}");
        result = result.Replace("`", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
        return result.Trim().TrimEnd('|').Trim();
    }

    private static void Flush(List<TextBlock> blocks, StringBuilder paragraph)
    {
        if (paragraph.Length > 0)
        {
            blocks.Add(new TextBlock(Inline(paragraph.ToString())));
            paragraph.Clear();
        }
    }

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.*?)\s*#*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^(=+|-+)$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^([-*+]|\d{1,3}[.)])\s+(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(\*\s*){3,}$|^(-\s*){3,}$|^(_\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^(>\s?)+")]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"^\[[^\]]+\]:\s*\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"!\[[^\]]{0,500}\]\([^)]{0,2000}\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<label>[^\]]{0,500})\](\([^)]{0,2000}\)|\[[^\]]{0,100}\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>(https?://|mailto:)[^>\s]{1,2000})>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]{0,20}(\s[^<>]{0,500})?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|__)(?<text>\S(.{0,300}?\S)?)\1|(?<![\w*])\*(?<text>\S(.{0,300}?\S)?)\*(?!\w)|(?<![\w_])_(?<text>\S(.{0,300}?\S)?)_(?!\w)")]
    private static partial Regex Emphasis();
}
