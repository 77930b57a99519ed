namespace NewsBot.Core.Quotes;

/// <summary>
/// "the Countess of Wendover", "the Duke of Sussex", "the Archbishop of Canterbury": British peers and prelates are named
/// by a title and a place, written like a name, and the story goes on with "the Countess said". The title and its place
/// are one person's name, and the title alone later refers to that person. English only.
/// </summary>
internal static class PeerageTitles
{
    private static readonly Dictionary<string, PersonGender> Titles = new(StringComparer.Ordinal)
    {
        ["duke"] = PersonGender.Male, ["duchess"] = PersonGender.Female, ["prince"] = PersonGender.Male,
        ["princess"] = PersonGender.Female, ["earl"] = PersonGender.Male, ["countess"] = PersonGender.Female,
        ["count"] = PersonGender.Male, ["baron"] = PersonGender.Male, ["baroness"] = PersonGender.Female,
        ["marquess"] = PersonGender.Male, ["marchioness"] = PersonGender.Female, ["viscount"] = PersonGender.Male,
        ["viscountess"] = PersonGender.Female, ["archbishop"] = PersonGender.Male, ["bishop"] = PersonGender.Unknown,
    };

    /// <summary>How many capitalised words the place may have ("Bath and Wells" counts its two).</summary>
    private const int MaxPlaceWords = 3;

    public static bool IsTitle(string lower) => Titles.ContainsKey(lower);

    public static PersonGender GenderOf(string lower) => Titles.GetValueOrDefault(lower);

    /// <summary>
    /// The last token of a title, "of" and a capitalised place starting at <paramref name="i"/> ("Countess of Wendover",
    /// "Duchess of Cambridge's"), else -1.
    /// </summary>
    public static int End(IReadOnlyList<QuoteToken> t, int i)
    {
        if (i + 2 >= t.Count || !t[i].IsCapitalized || !Titles.ContainsKey(t[i].Lower) || t[i + 1].Text != "of" || !t[i + 2].IsCapitalized)
        {
            return -1;
        }

        var last = i + 2;
        while (last + 1 < t.Count && last - i - 1 < MaxPlaceWords && t[last + 1].IsCapitalized && !NameRunFinder.IsPossessive(t[last]))
        {
            last++;
        }

        return last;
    }
}
