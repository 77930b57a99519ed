namespace NewsBot.Core.Quotes;

/// <summary>
/// Speakers the article never names: "a source close to the couple", "one resident", "another neighbour", "witnesses",
/// "a club insider". Tabloid and wire copy quote them constantly; giving their words to the last person named is the
/// worst answer, so they speak as the phrase that describes them, without its article ("source close to the couple").
/// English only: French subjects of this kind are resolved by the French rules.
/// </summary>
internal static class EnglishUnnamedSpeakers
{
    /// <summary>Nouns that describe a person by how they relate to the story, never by an office someone holds.</summary>
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "source", "friend", "insider", "neighbour", "neighbor", "witness", "eyewitness", "fan", "colleague", "onlooker",
        "bystander", "supporter", "local", "villager", "passenger", "commenter", "user", "viewer", "spectator", "aide",
        "employee", "acquaintance", "classmate", "protester", "protestor", "customer", "shopper", "diner", "guest", "tourist",
        "holidaymaker", "motorist", "parent", "mourner", "pal", "confidant", "confidante", "follower", "team-mate", "teammate",
        "opponent", "critic", "campaigner", "relative", "observer", "commentator", "participant", "voter", "sceptic", "skeptic",
        "authority", // "authorities said": in the plural, the officials of a place
    };

    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "however", "but", "and", "meanwhile", "still", "yet", "now", "so", "also", "instead", "later", "earlier",
        "while", "whilst", "whereas", "although", "though", "because", "when", // "…, while opponents warned it was …"
    };

    /// <summary>"However", "Meanwhile": a sentence adverb, never the start of who speaks.</summary>
    public static bool IsConnective(string lower) => Connectives.Contains(lower);

    /// <summary>Determiners that introduce someone new rather than point back to someone introduced.</summary>
    private static readonly HashSet<string> Indefinite = new(StringComparer.Ordinal) { "a", "an", "one", "another" };

    /// <summary>Adjectives that tie a source to what it knows: "close to the couple", "familiar with the matter".</summary>
    public static bool IsLink(IReadOnlyList<QuoteToken> t, int i) =>
        i + 1 < t.Count && t[i].Lower is "close" or "closest" or "familiar" or "near" or "loyal" && t[i + 1].Lower is "to" or "with";

    /// <summary>"source", "sources", "witnesses": a noun for an unnamed speaker, singular or plural.</summary>
    public static bool IsNoun(string lower) => Nouns.Contains(lower) || Plural(lower) is { } one && (Nouns.Contains(one) || RoleLexicon.IsRole(one));

    /// <summary>
    /// The words that name the speaker of <paramref name="subject"/> when it is someone unnamed, else null: an unnamed noun
    /// with any determiner or none ("the friend added" is the friend quoted before), or a role noun introduced with an
    /// indefinite determiner or as a bare plural ("one resident", "an official", "officials"), which is nobody named.
    /// </summary>
    public static string? Describe(Subject subject, IReadOnlyList<QuoteToken> t)
    {
        if (subject.Head is not { } head || subject.Owner is not null || subject.OwnerNoun is not null || subject.Descriptor is not var (from, to)
            || RoleLexicon.IsSpokesperson(head) || SyntaxLexicon.OrganizationNouns.Contains(head) || SyntaxLexicon.InstitutionNouns.Contains(head))
        {
            return null;
        }

        var determiner = from > subject.First ? t[subject.First].Lower : null;
        var unnamed = Nouns.Contains(head) || Plural(head) is { } one && Nouns.Contains(one);
        var newcomer = determiner is null ? Plural(head) is not null : Indefinite.Contains(determiner);
        if (!(unnamed && (newcomer || determiner is "the")) && !(RoleLexicon.IsRole(head) && newcomer || Plural(head) is { } role && RoleLexicon.IsRole(role) && determiner is null))
        {
            return null;
        }

        var words = new System.Text.StringBuilder();
        while (from < to && Connectives.Contains(t[from].Lower))
        {
            from++; // "However prosecutors said"
        }

        for (var i = from; i <= Math.Max(to, subject.Last); i++)
        {
            if (SyntaxLexicon.RelativePronouns.Contains(t[i].Lower) || t[i].Lower is "who" or "that")
            {
                break; // "a singer who claims": the relative pronoun is not part of the description
            }

            if (t[i].IsWord)
            {
                // Only the first word may be capitalised for the sentence's sake ("Neighbours said"); names inside stay as written.
                // Initials and nationalities keep theirs ("US officials", "Greek officials").
                var asWritten = words.Length > 0 || t[i].IsAllCaps || NationalityLexicon.IsNationality(t[i].Lower);
                words.Append(words.Length > 0 ? " " : string.Empty).Append(asWritten ? t[i].Text : t[i].Lower);
            }
        }

        return words.ToString();
    }

    /// <summary>
    /// "Residents said ...", "Investors said ...": a bare plural group. Its reported speech without quote marks sums up a
    /// crowd's view rather than quoting anyone, so it is not kept as a quote; its words in quote marks are. Sources are not
    /// a crowd ("sources close to the party said ..." is kept), nor are the <see cref="Voices"/>.
    /// </summary>
    public static bool IsBareGroup(Subject subject, IReadOnlyList<QuoteToken> t) =>
        subject.Head is { } head && subject.Descriptor is var (from, _) && from == subject.First && !SyntaxLexicon.Determiners.Contains(t[from].Lower)
        && Plural(head) is { } one && one != "source" && !Voices.Contains(one) && Describe(subject, t) is not null;

    /// <summary>
    /// Groups that speak as a side or a body, not crowds summed up: "critics said", "opponents warned", "college officials
    /// said", "organisers claimed" are reported speech; "residents said", "investors said" are not.
    /// </summary>
    private static readonly HashSet<string> Voices = new(StringComparer.Ordinal)
    {
        "critic", "opponent", "campaigner", "relative", "organiser", "organizer", "official", "authority",
    };

    private static string? Plural(string lower) =>
        lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal) ? lower[..^3] + "y" // "authorities"
        : lower.Length > 3 && lower.EndsWith("es", StringComparison.Ordinal) && Nouns.Contains(lower[..^2]) ? lower[..^2]
        : lower.Length > 3 && lower[^1] == 's' && lower[^2] != 's' ? lower[..^1] : null;
}
