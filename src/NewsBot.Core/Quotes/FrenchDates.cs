namespace NewsBot.Core.Quotes;

/// <summary>
/// Dates written between an inverted French cue and its subject: "rapporte mardi 12 septembre Le Figaro", "a indiqué mardi
/// 9 juin Matignon à l'AFP", "a annoncé lundi soir la préfecture". News copy dates nearly every attribution so.
/// </summary>
internal static class FrenchDates
{
    private const int MaxDateTokens = 5;

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai",
        "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "matin", "midi", "soir", "après-midi", "nuit",
        "dernier", "dernière", "prochain", "prochaine", "1er", "hier", "aujourd'hui", "encore", "aussi", "également", "enfin",
    };

    /// <summary>The first token at or after <paramref name="k"/> that is not part of a date (or <paramref name="k"/>).</summary>
    public static int Skip(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        var j = k;
        while (j < end && j - k < MaxDateTokens && t[j].IsWord && (Words.Contains(t[j].Lower) || IsDayNumber(t[j].Text)))
        {
            j++;
        }

        return j;
    }

    /// <summary>A word of a date ("mardi", "juin", "26", "dernier") that may open an aside after a cue.</summary>
    public static bool IsDateWord(QuoteToken token) => token.IsWord && (Words.Contains(token.Lower) || IsDayNumber(token.Text));

    private static bool IsDayNumber(string text) => text.Length <= 4 && text.All(char.IsDigit);
}
