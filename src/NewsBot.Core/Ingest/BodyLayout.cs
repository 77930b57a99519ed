using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Core.Ingest;

/// <summary>
/// Lays cleaned blocks out as the article body (paragraphs joined by a blank line) with paragraph and sentence offsets into
/// it. A heading is one heading sentence; body paragraphs are split by <see cref="SentenceSplitter"/>.
/// </summary>
internal sealed record BodyLayout(string Body, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<Sentence> Sentences, int WordCount)
{
    public const string ParagraphSeparator = "\n\n";

    public static BodyLayout Build(IReadOnlyList<TextBlock> blocks)
    {
        var body = new StringBuilder();
        var paragraphs = new List<Paragraph>(blocks.Count);
        var sentences = new List<Sentence>();
        var words = 0;
        foreach (var block in blocks)
        {
            if (body.Length > 0)
            {
                body.Append(ParagraphSeparator);
            }

            var start = body.Length;
            body.Append(block.Text);
            var paragraph = new Paragraph(paragraphs.Count, start, body.Length, block.Text, block.IsHeading);
            paragraphs.Add(paragraph);
            words += WordTokenizer.CountWords(block.Text);
            var ranges = block.IsHeading ? [new TextRange(0, block.Text.Length)] : SentenceSplitter.Split(block.Text);
            foreach (var range in ranges)
            {
                sentences.Add(new Sentence(sentences.Count, paragraph.Index, start + range.Start, start + range.End,
                    block.Text[range.Start..range.End], block.IsHeading));
            }
        }

        return new BodyLayout(body.ToString(), paragraphs, sentences, words);
    }
}
