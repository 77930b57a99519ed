namespace NewsBot.Core.Text;

/// <summary>
/// A word found by <see cref="WordTokenizer"/>: its offsets in the source text and its characters.
/// <see cref="IsClitic"/> marks an elided French article or pronoun (<c>l'</c>, <c>qu'</c>) split from the word it leans on,
/// so that "l'agence" yields "l'" and "agence" for search and summaries but counts as one word.
/// </summary>
public readonly record struct WordToken(int Start, int Length, string Value, bool IsClitic)
{
    public int End => Start + Length;
}
