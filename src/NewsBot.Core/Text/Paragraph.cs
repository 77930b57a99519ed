namespace NewsBot.Core.Text;

/// <summary>
/// A block of an article's cleaned body. Offsets are into the body text (paragraphs joined by a blank line),
/// so that sentences and quotes found later can point back to the exact characters a reader sees.
/// </summary>
public sealed record Paragraph(int Index, int Start, int End, string Text, bool IsHeading);
