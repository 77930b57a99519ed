namespace NewsBot.Core.Text;

/// <summary>A half-open range [Start, End) of characters in some text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}
