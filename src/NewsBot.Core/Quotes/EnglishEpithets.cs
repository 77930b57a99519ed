namespace NewsBot.Core.Quotes;

/// <summary>
/// Tabloid and local copy names the person a story is about, once introduced, by what they are rather than by an office:
/// "the pensioner said", "the 79-year-old added", "the father-of-two told the Mail", "the retired charity worker said".
/// Nobody else is meant: such a subject is the person just quoted or named (of the noun's gender, when it has one), not an
/// unnamed speaker called "pensioner". Offices ("the mayor", "the minister") are not epithets: they are resolved as roles.
/// </summary>
internal static class EnglishEpithets
{
    private static readonly Dictionary<string, PersonGender> Nouns = new(StringComparer.Ordinal)
    {
        ["pensioner"] = PersonGender.Unknown, ["retiree"] = PersonGender.Unknown, ["teenager"] = PersonGender.Unknown,
        ["youngster"] = PersonGender.Unknown, ["student"] = PersonGender.Unknown, ["pupil"] = PersonGender.Unknown,
        ["victim"] = PersonGender.Unknown, ["survivor"] = PersonGender.Unknown, ["homeowner"] = PersonGender.Unknown,
        ["worker"] = PersonGender.Unknown, ["veteran"] = PersonGender.Unknown, ["star"] = PersonGender.Unknown,
        ["singer"] = PersonGender.Unknown, ["footballer"] = PersonGender.Unknown,
        ["grandfather"] = PersonGender.Male, ["grandad"] = PersonGender.Male, ["father"] = PersonGender.Male, ["dad"] = PersonGender.Male,
        ["widower"] = PersonGender.Male, ["schoolboy"] = PersonGender.Male, ["actor"] = PersonGender.Male,
        ["grandmother"] = PersonGender.Female, ["gran"] = PersonGender.Female, ["granny"] = PersonGender.Female,
        ["mother"] = PersonGender.Female, ["mum"] = PersonGender.Female, ["widow"] = PersonGender.Female,
        ["schoolgirl"] = PersonGender.Female, ["actress"] = PersonGender.Female,
    };

    /// <summary>
    /// The gender an epithet subject gives its person ("the" and an epithet noun, "the 79-year-old", "the mother-of-two"),
    /// or null when the subject is no epithet.
    /// </summary>
    public static PersonGender? Of(Subject subject, IReadOnlyList<QuoteToken> t) =>
        subject.Head is { } head && subject.Owner is null && t[subject.First].Lower == "the" ? GenderOf(head) : null;

    /// <summary>Whether a noun is an epithet for a person ("pensioner", "79-year-old", "mother-of-two").</summary>
    public static bool IsNoun(string lower) => GenderOf(lower) is not null;

    private static PersonGender? GenderOf(string head)
    {
        if (head.EndsWith("-year-old", StringComparison.Ordinal) && char.IsAsciiDigit(head[0]))
        {
            return PersonGender.Unknown;
        }

        // "father-of-two", "mother-of-three", "grandfather-of-five": the noun before "-of-" says who.
        var of = head.IndexOf("-of-", StringComparison.Ordinal);
        return Nouns.TryGetValue(of > 0 ? head[..of] : head, out var gender) ? gender : null;
    }
}
