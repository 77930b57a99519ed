namespace NewsBot.Core.Text;

/// <summary>A paragraph-sized piece of a document before cleaning, with what its markup says about it.</summary>
public sealed record TextBlock(string Text, BlockKind Kind = BlockKind.Auto)
{
    public bool IsHeading => Kind == BlockKind.Heading;
}
