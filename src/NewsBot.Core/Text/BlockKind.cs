namespace NewsBot.Core.Text;

/// <summary>What the source markup says a block is. <see cref="Auto"/> lets the cleaner decide from the text itself.</summary>
public enum BlockKind
{
    Auto,
    Heading,
    Body,
}
