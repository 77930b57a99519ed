using NewsBot.Core.Evaluation;
using NewsBot.Core.Text;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Reads an evaluation file (Evaluation/*.txt: quotes-, dev2-, dev3-, heldout-, blind- and unseen-{language}.txt): "### id | title" opens a passage, its text follows, and each
/// "&gt;&gt;&gt; speaker | fragment" line is one expected quote. Lines starting with "#" and a space are comments.
/// </summary>
internal static class AnnotatedPassages
{
    public static IReadOnlyList<AnnotatedPassage> Load(string file)
    {
        var path = Path.Combine(Path.GetDirectoryName(SeedFolder.Path)!, "tests", "NewsBot.Tests", "Core", "Quotes", "Evaluation", file);
        var passages = new List<AnnotatedPassage>();
        string? id = null, title = null;
        var text = new List<string>();
        var expected = new List<ExpectedQuote>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line[4..].Split(" | ", 2);
                (id, title) = (parts[0].Trim(), parts[1].Trim());
            }
            else if (line.StartsWith(">>> ", StringComparison.Ordinal))
            {
                var parts = line[4..].Split(" | ", 2);
                // The body is normalised when it is prepared (invisible characters such as soft hyphens dropped, spaces
                // collapsed); a fragment copied from the source text is normalised the same way so it can be found in it.
                expected.Add(new ExpectedQuote(TextNormalizer.NormalizeLine(parts[1].Trim()), parts[0].Trim()));
            }
            else if (id is not null && !line.StartsWith("# ", StringComparison.Ordinal))
            {
                text.Add(line);
            }
        }

        Flush();
        return passages;

        void Flush()
        {
            if (id is not null)
            {
                passages.Add(new AnnotatedPassage(id, title!, string.Join('\n', text).Trim(), [.. expected]));
            }

            text.Clear();
            expected.Clear();
        }
    }
}
