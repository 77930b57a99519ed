using NewsBot.Core.Text;

namespace NewsBot.Tests.Core.Summaries;

/// <summary>Builds stored-sentence records from plain lines; a line starting with "# " is a heading.</summary>
internal static class SentenceFactory
{
    public static List<Sentence> From(params string[] lines)
    {
        var sentences = new List<Sentence>();
        var offset = 0;
        foreach (var line in lines)
        {
            var heading = line.StartsWith("# ", StringComparison.Ordinal);
            var text = heading ? line[2..] : line;
            sentences.Add(new Sentence(sentences.Count, sentences.Count, offset, offset + text.Length, text, heading));
            offset += text.Length + 2;
        }

        return sentences;
    }
}
