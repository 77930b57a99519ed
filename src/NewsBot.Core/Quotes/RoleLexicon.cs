namespace NewsBot.Core.Quotes;

/// <summary>Role nouns: titles and jobs that appositions and pre-name titles give ("chief executive", "la porte-parole").</summary>
internal static class RoleLexicon
{
    public static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "ceo", "cfo", "coo", "cto", "pdg", "dg", "mp", "mep", "réalisateur", "réalisatrice", "cinéaste", "producteur",
        "productrice", "comédien", "comédienne", "chorégraphe", "architecte", "photographe", "peintre", "sculpteur", "dramaturge",
        "filmmaker", "producer", "photographer", "painter", "architect", "playwright", "choreographer", "chairman", "chairwoman", "chair", "president", "président", "présidente",
        "minister", "ministre", "secretary", "secrétaire", "spokesman", "spokeswoman", "spokesperson", "porte-parole",
        "mayor", "maire", "governor", "gouverneur", "senator", "sénateur", "sénatrice", "député", "députée", "director",
        "directeur", "directrice", "head", "chief", "executive", "founder", "fondateur", "fondatrice", "co-founder",
        "cofondateur", "cofondatrice", "analyst", "analyste", "economist", "économiste", "professor", "professeur",
        "professeure", "lawyer", "avocat", "avocate", "attorney", "judge", "juge", "general", "général", "chancellor",
        "chancelier", "chancelière", "king", "queen", "prince", "pope", "officer", "official", "responsable", "patron",
        "patronne", "manager", "researcher", "chercheur", "chercheuse", "expert", "experte", "leader", "dirigeant",
        "dirigeante", "commissioner", "commissaire", "ambassador", "ambassadeur", "ambassadrice", "coach", "entraîneur",
        "captain", "capitaine", "editor", "rédacteur", "rédactrice", "journalist", "journaliste", "correspondent",
        "correspondant", "correspondante", "deputy", "adjoint", "adjointe", "prosecutor", "procureur", "procureure",
        "representative", "représentant", "représentante", "partner", "associé", "associée", "consultant", "strategist",
        "stratège", "investor", "investisseur", "owner", "propriétaire", "member", "membre", "candidate", "candidat",
        "activist", "militant", "militante", "doctor", "médecin", "teacher", "enseignant", "enseignante", "vice-president",
        "vice-président", "vice-présidente", "premier", "boss", "administrator", "administrateur", "administratrice",
        "superintendent", "inspector", "inspecteur", "sheriff", "commander", "commandant", "colonel", "scientist",
        "scientifique", "historian", "historien", "historienne", "sociologist", "sociologue", "politologue", "researcher",
        "trader", "banker", "banquier", "banquière", "lead", "auteur", "autrice", "author", "directeur-général",
        "novelist", "writer", "poet", "artist", "singer", "actor", "actress", "musician", "composer", "biologist", "physicist",
        "chemist", "climatologist", "epidemiologist", "virologist", "nurse", "surgeon", "pharmacist", "patient", "farmer",
        "worker", "resident", "student", "pupil", "councillor", "councilor", "negotiator", "organiser", "organizer",
        "detective", "inspector", "constable", "sergeant", "lieutenant", "officer", "chef", "owner", "shopkeeper",
        "écrivain", "écrivaine", "romancier", "romancière", "poète", "artiste", "chanteur", "chanteuse", "acteur", "actrice",
        "musicien", "musicienne", "biologiste", "physicien", "physicienne", "climatologue", "épidémiologiste", "infirmier",
        "infirmière", "chirurgien", "chirurgienne", "pharmacien", "pharmacienne", "agriculteur", "agricultrice", "céréalier",
        "viticulteur", "éleveur", "éleveuse", "ouvrier", "ouvrière", "habitant", "habitante", "riverain", "riveraine",
        "étudiant", "étudiante", "conseiller", "conseillère", "négociateur", "négociatrice", "organisateur", "organisatrice",
        "préfet", "préfète", "commerçant", "commerçante", "boulanger", "boulangère", "libraire", "délégué", "déléguée",
        "syndicaliste", "homologue", "counterpart", "gouverneure", "entraîneuse", "sélectionneur", "sélectionneuse", "technicien", "technicienne", "joueur", "joueuse",
        "player", "manager", "minister", "chair", "chef", "cheffe", "directrice-générale", "co-founder", "cofounder",
        "keeper", "ranger", "guide", "driver", "pilot", "agent", "archaeologist", "archéologue", "élu", "élue", "forecaster",
        "prévisionniste", "meteorologist", "météorologue", "psychologist", "psychologue", "economist", "lawmaker",
        "legislator", "parlementaire", "eurodéputé", "eurodéputée", "diplomat", "diplomate", "activiste", "campaigner",
        "volunteer", "bénévole", "survivor", "survivant", "survivante", "mother", "father", "mère", "père", "parent",
    };

    /// <summary>Words that may stand in a title before a role noun: "chief financial officer", "regional secretary".</summary>
    public static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "chief", "general", "deputy", "former", "regional", "senior", "vice", "executive", "financial", "operating",
        "technology", "foreign", "finance", "interior", "health", "prime", "acting", "interim", "managing", "assistant",
        "associate", "principal", "lead", "national", "european", "general's", "state", "home", "defence", "defense",
        "education", "justice", "trade", "environment", "transport", "energy", "economy", "union", "opposition", "party",
        "city", "county", "district", "club", "team", "festival", "company", "group", "bank", "museum", "police", "news",
        "special",
    };

    /// <summary>Role forms that say the holder is a woman (or a man), a gender cue like an honorific.</summary>
    public static readonly Dictionary<string, PersonGender> Gendered = new(StringComparer.Ordinal)
    {
        ["chairwoman"] = PersonGender.Female, ["spokeswoman"] = PersonGender.Female, ["présidente"] = PersonGender.Female,
        ["directrice"] = PersonGender.Female, ["sénatrice"] = PersonGender.Female, ["députée"] = PersonGender.Female,
        ["fondatrice"] = PersonGender.Female, ["avocate"] = PersonGender.Female, ["chercheuse"] = PersonGender.Female,
        ["patronne"] = PersonGender.Female, ["chancelière"] = PersonGender.Female, ["ambassadrice"] = PersonGender.Female,
        ["queen"] = PersonGender.Female, ["adjointe"] = PersonGender.Female, ["dirigeante"] = PersonGender.Female,
        ["chairman"] = PersonGender.Male, ["spokesman"] = PersonGender.Male, ["king"] = PersonGender.Male,
        ["directeur"] = PersonGender.Male, ["chancelier"] = PersonGender.Male, ["historienne"] = PersonGender.Female,
    };

    public static bool IsRole(string lower) => Roles.Contains(lower);

    /// <summary>Offices held by one person at a time: a holder of one is not referred to by another.</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
    {
        "president", "président", "présidente", "minister", "ministre", "mayor", "maire", "governor", "gouverneur", "senator",
        "sénateur", "sénatrice", "judge", "juge", "chancellor", "chancelier", "chancelière", "king", "queen", "premier",
        "préfet", "préfète", "prosecutor", "procureur", "procureure", "ambassador", "ambassadeur", "ambassadrice", "sheriff",
    };

    /// <summary>
    /// Whether <paramref name="head"/> is an office and <paramref name="role"/>, the role a person was introduced with, is
    /// another one: "the health minister" is not the person introduced as "chair of the council".
    /// </summary>
    public static bool IsOtherOffice(string head, string? role) =>
        role is not null && Offices.Contains(head) && !role.Contains(head, StringComparison.OrdinalIgnoreCase)
        && role.ToLowerInvariant().Split(' ', ',', '\'').Any(IsRole);

    /// <summary>Roles whose holder speaks for an organisation rather than for themselves.</summary>
    public static bool IsSpokesperson(string lower) =>
        lower is "spokesman" or "spokeswoman" or "spokesperson" or "porte-parole" or "representative" or "représentant" or "représentante";
}
