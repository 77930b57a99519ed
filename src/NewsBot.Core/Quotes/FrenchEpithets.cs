namespace NewsBot.Core.Quotes;

/// <summary>
/// French sports and society copy names the person just quoted by a title won in a given year: "s'est réjoui le Ballon
/// d'Or 1998", "a souri la Miss France 2016". Such an epithet is a person, never an organisation of that name; and the
/// one-word name it refers back to ("a estimé Zidane") is then known to be a person too.
/// </summary>
internal static class FrenchEpithets
{
    /// <summary>A definite article, a capitalised name, then a year: "le Ballon d'Or 1998".</summary>
    public static bool IsTitleWithYear(Subject subject, IReadOnlyList<QuoteToken> t)
    {
        var year = subject.Last + 1 < t.Count && IsYear(t[subject.Last + 1]) ? subject.Last + 1 : IsYear(t[subject.Last]) ? subject.Last : -1;
        if (year < 0)
        {
            return false;
        }

        // The article may be inside the subject or just before it, possibly before a title word written like an honorific ("Miss").
        for (var i = subject.First; i >= Math.Max(0, subject.First - 2); i--)
        {
            if (t[i].Lower is "le" or "la")
            {
                return true;
            }

            if (!t[i].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The person the epithet names: the speaker just quoted, made a person if a one-word name had left it an organisation.</summary>
    public static SpeakerEntity Holder(SpeakerEntity lastSpeaker, Subject subject, IReadOnlyList<QuoteToken> t)
    {
        if (lastSpeaker.Kind == SpeakerKind.Organization && lastSpeaker.Words.Length == 1 && !lastSpeaker.Name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            lastSpeaker.Kind = SpeakerKind.Person;
            lastSpeaker.IsEstablishedOrganization = false;
        }

        if (lastSpeaker.Kind == SpeakerKind.Person && lastSpeaker.Gender == PersonGender.Unknown)
        {
            var feminine = Enumerable.Range(Math.Max(0, subject.First - 2), subject.Last - Math.Max(0, subject.First - 2) + 1).Any(i => t[i].Lower == "la");
            lastSpeaker.Gender = feminine ? PersonGender.Female : PersonGender.Male;
        }

        return lastSpeaker;
    }

    private static bool IsYear(QuoteToken token) =>
        token.IsWord && token.Text.Length == 4 && token.Text.All(char.IsAsciiDigit) && token.Text[0] is '1' or '2';
}
