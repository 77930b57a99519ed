namespace NewsBot.Core.Quotes;

/// <summary>
/// French copy, like English tabloids (<see cref="EnglishEpithets"/>), names the person it has just quoted or turned to by
/// what they are: "ajoutait l'automobiliste", "a réagi l'attaquant", "confie la septuagénaire", "a insisté l'élue". With a
/// definite article such a noun points back to someone in the story, never to a new speaker called "automobiliste";
/// with an indefinite one it introduces someone new (<see cref="FrenchUnnamedSpeakers"/>).
/// </summary>
internal static class FrenchPersonEpithets
{
    /// <summary>Ages and sports positions, on top of the person nouns of <see cref="FrenchUnnamedSpeakers"/>.</summary>
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire",
        "centenaire", "adolescent", "adolescente", "quadra", "quinqua", "joueur", "joueuse", "attaquant", "attaquante",
        "défenseur", "défenseure", "gardien", "gardienne", "buteur", "buteuse", "milieu", "cycliste", "skieur",
        "skieuse", "nageur", "nageuse", "pilote", "sprinteur", "sprinteuse", "tennisman", "tenant", "tenante", "champion",
        "championne", "élu", "élue", "sportif", "sportive", "athlète", "rescapé", "rescapée", "survivant", "survivante",
        "blessé", "blessée", "accusé", "accusée", "prévenu", "prévenue", "plaignant", "plaignante",
    };

    /// <summary>
    /// The gender the epithet subject gives its person ("le"/"la" and a person noun; "l'" leaves it open), or null when the
    /// subject is no epithet: an indefinite article, an owner ("le frère de X"), a relative or an unknown noun.
    /// </summary>
    public static PersonGender? Of(Subject subject, IReadOnlyList<QuoteToken> t)
    {
        if (subject.Head is not { } head || subject.Owner is not null || subject.OwnerNoun is not null || FrenchUnnamedSpeakers.IsRelative(head)
            || !(Nouns.Contains(head) || FrenchUnnamedSpeakers.IsSingularPersonNoun(head)))
        {
            return null;
        }

        return t[subject.First].Lower switch
        {
            "le" => PersonGender.Male,
            "la" => PersonGender.Female,
            "l'" => PersonGender.Unknown,
            _ => null,
        };
    }

    /// <summary>Whether a noun is a person epithet of this list (sports positions and ages the other lists lack).</summary>
    public static bool IsNoun(string lower) => Nouns.Contains(lower);
}
