namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Splits simple YAML front matter ("---", "key: value" lines, "---") from a Markdown file. Only flat string values are
/// read; anything fancier is ignored rather than misread.
/// </summary>
internal static class FrontMatter
{
    public static (IReadOnlyDictionary<string, string> Fields, string Body) Split(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (!text.AsSpan(start).StartsWith("---") || FirstLineEnd(text, start) is not { } firstEnd
            || text.AsSpan(start, firstEnd - start).Trim().ToString() != "---")
        {
            return (fields, text);
        }

        var position = firstEnd + 1;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).Trim();
            position = end < 0 ? text.Length : end + 1;
            if (line == "---")
            {
                return (fields, text[position..]);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
            }
        }

        // No closing "---": not front matter after all.
        return (new Dictionary<string, string>(), text);
    }

    private static int? FirstLineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? null : end;
    }
}
