namespace NewsBot.Core.Text;

/// <summary>
/// Turns raw blocks into the article's paragraphs: normalises text, drops page furniture (see <see cref="BoilerplateDetector"/>),
/// drops link lists under "Related"-style headings and everything after an end marker near the end ("About the author"),
/// removes repeated blocks, and decides which blocks are subheadings. The result never contains <see cref="BlockKind.Auto"/>.
/// </summary>
public static class TextCleaner
{
    /// <summary>An end marker this close to the end cuts the rest (a bio, a comment form); earlier it is dropped alone.</summary>
    private const int TailWindow = 4;

    /// <summary>At most this many bare link titles are dropped under a "Related articles" heading.</summary>
    private const int MaxLinkTitles = 12;

    public static IReadOnlyList<TextBlock> Clean(IEnumerable<TextBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var input = blocks.Select(b => b with { Text = TextNormalizer.NormalizeLine(b.Text) }).Where(b => b.Text.Length > 0).ToList();
        var kept = new List<TextBlock>();
        for (var i = 0; i < input.Count; i++)
        {
            var block = input[i];
            var folded = BoilerplateDetector.Fold(block.Text);
            if (BoilerplateDetector.IsTailMarker(block.Text, folded))
            {
                if (input.Count - i <= TailWindow)
                {
                    break;
                }

                continue;
            }

            if (BoilerplateDetector.IsSectionMarkerFolded(folded))
            {
                i = SkipLinkTitles(input, i + 1) - 1;
                continue;
            }

            if (BoilerplateDetector.IsBoilerplate(block.Text, folded) || (kept.Count > 0 && kept[^1].Text == block.Text))
            {
                continue;
            }

            kept.Add(block);
        }

        return Classify(kept);
    }

    private static int SkipLinkTitles(List<TextBlock> input, int i)
    {
        var skipped = 0;
        while (i < input.Count && skipped < MaxLinkTitles && input[i].Kind != BlockKind.Heading
            && HeadingClassifier.LooksLikeHeading(input[i].Text))
        {
            i++;
            skipped++;
        }

        return i;
    }

    private static List<TextBlock> Classify(List<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var kind = block.Kind;
            if (kind == BlockKind.Auto)
            {
                var heading = HeadingClassifier.LooksLikeHeading(block.Text)
                    || HeadingClassifier.LooksLikeQuestionHeading(block.Text, i > 0, i < blocks.Count - 1);
                kind = heading ? BlockKind.Heading : BlockKind.Body;
            }

            result.Add(block with { Kind = kind });
        }

        // A heading with no text after it heads nothing: usually a byline or a leftover label.
        while (result.Count > 0 && result[^1].Kind == BlockKind.Heading)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }
}
