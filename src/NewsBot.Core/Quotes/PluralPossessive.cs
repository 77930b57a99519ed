namespace NewsBot.Core.Quotes;

/// <summary>
/// Daily Mail copy quotes with single marks and writes plural possessives with the same mark: in "'We honour creators'
/// rights as members of the Academy.' said ..." the first mark after "creators" is an apostrophe, not the quote's end. A
/// mark after an "s" and before a lower-case word is taken for an apostrophe when the same mark closes plausibly a little
/// further on, before any mark that would open a new quote; otherwise it closes ("'stole her pet chickens' as children").
/// </summary>
internal static class PluralPossessive
{
    /// <summary>How far a later closing mark is looked for: a sentence or two; keeps the scan linear.</summary>
    private const int Reach = 300;

    public static bool IsApostrophe(string body, int paragraphEnd, int i)
    {
        var c = body[i];
        if (i == 0 || body[i - 1] != 's' || i + 2 >= paragraphEnd || body[i + 1] != ' ' || !char.IsLower(body[i + 2]))
        {
            return false;
        }

        var limit = Math.Min(paragraphEnd, i + Reach);
        for (var j = i + 2; j < limit; j++)
        {
            if (body[j] != c)
            {
                continue;
            }

            if (QuoteMarks.IsSpace(body[j - 1]) && j + 1 < paragraphEnd && char.IsLetter(body[j + 1]))
            {
                return false; // the next quote opens first: the mark at i closed this one
            }

            if (QuoteMarks.IsPlausibleSingleClose(body, paragraphEnd, j) && !(body[j - 1] == 's' && j + 2 < paragraphEnd && body[j + 1] == ' ' && char.IsLower(body[j + 2])))
            {
                return true;
            }
        }

        return false;
    }
}
