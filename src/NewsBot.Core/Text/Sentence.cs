namespace NewsBot.Core.Text;

/// <summary>
/// A sentence of an article body. <see cref="Start"/> and <see cref="End"/> are character offsets into the body text
/// (end exclusive); <see cref="IsHeading"/> marks subheadings, which are kept for display but never summarised or quoted.
/// </summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text, bool IsHeading);
