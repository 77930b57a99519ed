using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Splits plain text into blocks. Each line is a block, except that a hard-wrapped line (long, not ending a sentence, and
/// followed by a line that starts in lower case) continues onto the next one. Blank lines separate blocks.
/// </summary>
public static class PlainTextParser
{
    private const int MinWrappedLineLength = 40;

    public static IReadOnlyList<TextBlock> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<TextBlock>();
        var current = new StringBuilder();
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim().ToString();
            if (line.Length == 0)
            {
                Flush(blocks, current);
                continue;
            }

            if (current.Length > 0 && ContinuesPrevious(current, line))
            {
                current.Append(' ').Append(line);
                continue;
            }

            Flush(blocks, current);
            current.Append(line);
        }

        Flush(blocks, current);
        return blocks;
    }

    private static bool ContinuesPrevious(StringBuilder previous, string line)
    {
        if (previous.Length < MinWrappedLineLength || !char.IsLower(line[0]))
        {
            return false;
        }

        var last = previous[^1];
        return !SentencePunctuation.IsTerminator(last) && last is not (':' or '»' or '"' or '”');
    }

    private static void Flush(List<TextBlock> blocks, StringBuilder current)
    {
        if (current.Length > 0)
        {
            blocks.Add(new TextBlock(current.ToString()));
            current.Clear();
        }
    }
}
