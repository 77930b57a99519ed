namespace NewsBot.Core.Quotes;

/// <summary>
/// Broadcasters named with a number: "France 3", "Europe 1", "France 2" ("Comme le rappelle France 3", "rapporte Europe 1
/// mardi matin"). A number of one or two digits right after a capitalised name belongs to it unless a unit follows.
/// </summary>
internal static partial class NameRunFinder
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "ans", "an", "heures", "heure", "h", "mois", "jours", "jour", "fois", "euros", "km", "millions", "milliards", "points",
        "buts", "minutes", "secondes", "semaines", "mètres", "kilos", "places", "%", "ème", "e", "et", "à", "-", "sur", "contre",
    };

    /// <summary>The token of the number that ends the name at <paramref name="last"/>, or -1.</summary>
    private static int NumberedName(IReadOnlyList<QuoteToken> tokens, int first, int last)
    {
        var n = last + 1;
        if (first != last || n >= tokens.Count || tokens[n].Text.Length > 2 || !tokens[n].Text.All(char.IsDigit) || tokens[n].Start != tokens[last].End + 1)
        {
            return -1;
        }

        return n + 1 < tokens.Count && (Units.Contains(tokens[n + 1].Lower) || tokens[n + 1].Text is "%" or "," && n + 2 < tokens.Count && char.IsDigit(tokens[n + 2].Text[0]))
            ? -1
            : n;
    }
}
