namespace NewsBot.Core.Quotes;

/// <summary>
/// People the article never names and who speak anyway: "a confié un cadre de la majorité", "s'indigne une mère de famille",
/// "selon une source proche de l'enquête", "selon les pompiers". An indefinite article introduces someone new, so they are
/// never the last person named: the speaker is the description without its article ("cadre de la majorité").
/// </summary>
internal static class FrenchUnnamedSpeakers
{
    /// <summary>Nouns for people that are not titles (titles are in <see cref="RoleLexicon"/>).</summary>
    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "cadre", "source", "proche", "témoin", "voisin", "voisine", "passant", "passante", "manifestant", "manifestante",
        "automobiliste", "policier", "policière", "gendarme", "enquêteur", "enquêtrice", "secouriste", "pompier",
        "sapeur-pompier", "supporter", "supportrice", "salarié", "salariée", "employé", "employée", "internaute", "spectateur",
        "spectatrice", "victime", "usager", "usagère", "client", "cliente", "électeur", "électrice", "voyageur", "voyageuse",
        "soignant", "soignante", "gréviste", "élève", "lycéen", "lycéenne", "retraité", "retraitée", "observateur",
        "observatrice", "habitué", "habituée", "fan", "admirateur", "admiratrice", "grand-mère", "grand-père",
        "ami", "amie", "connaissance", "entourage", "interlocuteur", "interlocutrice", "opposant", "opposante", "détenu", "détenue",
    };

    /// <summary>Plural collectives that speak as a body with a definite article: "selon les pompiers", "les enquêteurs".</summary>
    private static readonly HashSet<string> Collectives = new(StringComparer.Ordinal)
    {
        "pompiers", "sapeurs-pompiers", "secouristes", "enquêteurs", "policiers", "gendarmes", "autorités", "secours",
        "sources", "témoins", "habitants", "riverains", "manifestants", "supporters", "grévistes", "soignants",
        "organisateurs", "médecins", "experts", "scientifiques", "chercheurs", "agriculteurs", "élus", "salariés",
    };

    /// <summary>Roles through which an organisation speaks: "un responsable de la SNCF" is the SNCF, not a new person.</summary>
    private static readonly HashSet<string> OrganizationVoices = new(StringComparer.Ordinal)
    {
        "porte-parole", "représentant", "représentante", "responsable", "dirigeant", "dirigeante", "directeur", "directrice",
        "président", "présidente", "patron", "patronne", "pdg", "dg",
    };

    /// <summary>Partners, friends and neighbours, who are close to a person without being family (<see cref="KinLexicon"/>).</summary>
    private static readonly HashSet<string> Friends = new(StringComparer.Ordinal)
    {
        "compagnon", "compagne", "ami", "amie", "proche", "voisin", "voisine",
    };

    /// <summary>
    /// Relatives and friends: "le frère de Julien Morvan" is not Julien Morvan. "son" is the French possessive, never the
    /// English kin noun, here.
    /// </summary>
    public static bool IsRelative(string head) => head is not "son" && KinLexicon.IsKin(head) || Friends.Contains(head);

    /// <summary>A head noun naming a person or a group of people without a name.</summary>
    public static bool IsPersonNoun(string head) => People.Contains(head) || Singular(head) is { } one && People.Contains(one);

    /// <summary>A person noun in the singular ("automobiliste", "retraitée"), the form an epithet takes.</summary>
    public static bool IsSingularPersonNoun(string head) => People.Contains(head) && head is not ("source" or "entourage" or "connaissance");

    /// <summary>
    /// Whether the noun phrase opened by <paramref name="determiner"/> with head <paramref name="head"/> introduces an unnamed
    /// speaker: "un/une/des" before a person noun or a title, "les" before a collective; <paramref name="ofOrganization"/>
    /// when its complement is an organisation ("un porte-parole de la société" speaks for the société); a relative of a named
    /// person ("le frère de Julien Morvan") with any article, <paramref name="ofPerson"/>; an entourage ("selon son entourage").
    /// </summary>
    public static bool Introduces(string determiner, string head, bool ofOrganization, bool ofPerson) => determiner switch
    {
        "un" or "une" or "des" => (People.Contains(head) || Collectives.Contains(head) || RoleLexicon.IsRole(head) || (Singular(head) is { } one && (People.Contains(one) || RoleLexicon.IsRole(one))))
            && !(ofOrganization && OrganizationVoices.Contains(head)) && !RoleLexicon.IsSpokesperson(head),
        "les" => Collectives.Contains(head),
        "le" or "la" or "l'" or "son" or "sa" => (IsRelative(head) && ofPerson) || head is "entourage",
        _ => false,
    };

    private static string? Singular(string plural) => plural.Length > 3 && plural[^1] is 's' or 'x' ? plural[..^1] : null;
}
