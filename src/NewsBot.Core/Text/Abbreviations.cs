namespace NewsBot.Core.Text;

/// <summary>
/// Abbreviations that end in a full stop without ending a sentence. Titles always precede a name, so a point after them never
/// ends a sentence; the others ("Inc.", "etc.", "U.S.") may end one, and do so only when a typical sentence opener follows.
/// </summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        // English
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "St", "Mt", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Capt", "Cmdr", "Sgt",
        "Maj", "Adm", "Rev", "Hon", "Pres", "Supt", "Fr",
        // French
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Pr", "Dre", "Ste", "Vve",
        // German, Spanish, Italian, Portuguese, Dutch
        "Hr", "Frau", "Sra", "Srta", "Sig", "Dott", "Sres", "Dhr", "Mevr", "Ir", "Drs",
    };

    private static readonly HashSet<string> Others = new(StringComparer.OrdinalIgnoreCase)
    {
        // English
        "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "LLC", "Jr", "Sr", "vs", "approx", "dept", "No", "Nos", "Vol", "Fig", "pp",
        "cf", "ca", "Ave", "Blvd", "Rd", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Tue", "Tues", "Thu", "Thurs", "Univ", "Assn", "Dist",
        // French
        "av", "apr", "env", "ex", "cad", "boul", "bd", "chap", "éd", "janv", "févr", "avr", "juil", "sept", "oct", "déc", "hab",
        "tél", "Cie", "Sté", "coll", "réf", "suiv",
        // Others
        "bzw", "ggf", "Nr", "Ud", "Uds", "pág", "núm", "pag", "blz",
    };

    /// <summary>"etc." ends most sentences it appears in: a capital after it starts a new one.</summary>
    private static readonly HashSet<string> UsuallyFinal = new(StringComparer.OrdinalIgnoreCase) { "etc", "usw", "ecc", "enz" };

    /// <summary>Is the word an abbreviation that usually closes a list, and the sentence with it?</summary>
    public static bool IsUsuallyFinal(string word) => UsuallyFinal.Contains(word);

    /// <summary>Is the word before a point a title that always precedes a name ("Mr.", "Mme.", "M.")?</summary>
    public static bool IsTitle(string word) => Titles.Contains(word);

    /// <summary>Is the word a known abbreviation that may or may not end the sentence ("Inc.", "etc.")?</summary>
    public static bool IsAbbreviation(string word) => Others.Contains(word);

    /// <summary>Dotted abbreviations such as "U.S", "e.g", "p.m", "Ph.D" (the final point is the one being tested).</summary>
    public static bool IsDotted(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 12 || !word.Contains('.'))
        {
            return false;
        }

        foreach (var part in word.ToString().Split('.'))
        {
            if (part.Length is 0 or > 3 || !part.All(char.IsLetter))
            {
                return false;
            }
        }

        return true;
    }
}
