namespace NewsBot.Core.Quotes;

/// <summary>
/// What a noun-phrase subject says beyond its head: the words that name a role-only speaker ("the prime minister"), a
/// nationality epithet ("the German", "the Irish president"), a family ("his family", "Walsh's family") and the body
/// in front of a spokesperson ("a fire service spokesman").
/// </summary>
internal sealed partial class SubjectFinder
{
    private static bool IsFamilyNoun(string lower) => lower is "family" or "relatives" or "parents" or "famille" or "proches";

    private static Subject Described(Subject subject, IReadOnlyList<QuoteToken> t, int first, int last)
    {
        (int, int)? descriptor = first <= last ? (first, last) : null;
        string? nationality = null;
        for (var i = first; i <= last && nationality is null; i++)
        {
            nationality = t[i].IsCapitalized ? NationalityLexicon.KeyOf(t[i].Lower) : null;
        }

        var result = subject with { Descriptor = descriptor, Nationality = nationality };
        var family = IsFamilyNoun(subject.Head!);
        if (family || KinLexicon.IsKin(subject.Head!))
        {
            // "his family", "Walsh's family" (the name's entity is the owner), "the climber's family" (described only);
            // "her brother", "Walsh's mother" likewise (see SpeakerResolver.Relative).
            var determiner = subject.First >= 0 ? t[subject.First].Lower : string.Empty;
            var pronoun = determiner switch
            {
                "his" => new PronounInfo(PersonGender.Male, Organization: false),
                "her" => new PronounInfo(PersonGender.Female, Organization: false),
                _ => null,
            };
            return result with { IsFamily = family, OwnerPronoun = pronoun, Owner = subject.Owner };
        }

        if (subject.Owner is null && RoleLexicon.IsSpokesperson(subject.Head!) && last > first && t[last - 1].IsWord && !t[last - 1].IsCapitalized)
        {
            // "a fire service spokesman": the body is the words before the role, not just its last noun.
            result = result with { Descriptor = (first, last - 1), OwnerNoun = subject.OwnerNoun ?? t[last - 1].Lower };
        }

        return result;
    }
}
