namespace NewsBot.Core.Quotes;

/// <summary>
/// Family members named by their tie to someone: "his sister", "Walsh's mother", "the brother of Tom Walsh", "le frère de
/// Nordahl Lelandais". Such a speaker is never the person they are related to, and often shares that person's surname,
/// which is how the story may already have named them (<see cref="Discourse.RelativeOf"/>). Partners and friends are not
/// here: they rarely share a surname, so only the description can name them.
/// </summary>
internal static class KinLexicon
{
    private static readonly Dictionary<string, PersonGender> Nouns = new(StringComparer.Ordinal)
    {
        ["mother"] = PersonGender.Female, ["father"] = PersonGender.Male, ["brother"] = PersonGender.Male,
        ["sister"] = PersonGender.Female, ["son"] = PersonGender.Male, ["daughter"] = PersonGender.Female,
        ["wife"] = PersonGender.Female, ["husband"] = PersonGender.Male, ["widow"] = PersonGender.Female,
        ["widower"] = PersonGender.Male, ["uncle"] = PersonGender.Male, ["aunt"] = PersonGender.Female,
        ["cousin"] = PersonGender.Unknown, ["nephew"] = PersonGender.Male, ["niece"] = PersonGender.Female,
        ["grandmother"] = PersonGender.Female, ["grandfather"] = PersonGender.Male, ["grandson"] = PersonGender.Male,
        ["granddaughter"] = PersonGender.Female, ["stepfather"] = PersonGender.Male, ["stepmother"] = PersonGender.Female,
        ["mum"] = PersonGender.Female, ["mom"] = PersonGender.Female, ["dad"] = PersonGender.Male,
        ["frère"] = PersonGender.Male, ["sœur"] = PersonGender.Female, ["soeur"] = PersonGender.Female,
        ["père"] = PersonGender.Male, ["mère"] = PersonGender.Female, ["fils"] = PersonGender.Male,
        ["fille"] = PersonGender.Female, ["épouse"] = PersonGender.Female, ["époux"] = PersonGender.Male,
        ["mari"] = PersonGender.Male, ["femme"] = PersonGender.Female, ["oncle"] = PersonGender.Male,
        ["tante"] = PersonGender.Female, ["cousine"] = PersonGender.Female, ["neveu"] = PersonGender.Male,
        ["nièce"] = PersonGender.Female, ["veuve"] = PersonGender.Female, ["veuf"] = PersonGender.Male,
        ["grand-mère"] = PersonGender.Female, ["grand-père"] = PersonGender.Male, ["petit-fils"] = PersonGender.Male,
        ["petite-fille"] = PersonGender.Female, ["beau-frère"] = PersonGender.Male, ["belle-sœur"] = PersonGender.Female,
        ["belle-mère"] = PersonGender.Female, ["beau-père"] = PersonGender.Male,
    };

    public static bool IsKin(string lower) => Nouns.ContainsKey(lower);

    /// <summary>The gender the noun gives the relative ("sister", "mère"); unknown for "cousin" and words not listed.</summary>
    public static PersonGender GenderOf(string lower) => Nouns.GetValueOrDefault(lower);
}
