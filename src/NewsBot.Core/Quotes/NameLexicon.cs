namespace NewsBot.Core.Quotes;

/// <summary>
/// Word lists that tell people from organisations: honorifics (with the gender they imply), common first names of the
/// languages we read (a gender cue only; unknown names still work through other evidence) and organisation words.
/// Keys are lower case without a final point.
/// </summary>
internal static class NameLexicon
{
    public static readonly Dictionary<string, PersonGender> Honorifics = new(StringComparer.Ordinal)
    {
        ["mr"] = PersonGender.Male, ["mister"] = PersonGender.Male, ["m"] = PersonGender.Male, ["monsieur"] = PersonGender.Male,
        ["sir"] = PersonGender.Male, ["lord"] = PersonGender.Male, ["mrs"] = PersonGender.Female, ["ms"] = PersonGender.Female,
        ["miss"] = PersonGender.Female, ["mme"] = PersonGender.Female, ["madame"] = PersonGender.Female,
        ["mlle"] = PersonGender.Female, ["mademoiselle"] = PersonGender.Female, ["lady"] = PersonGender.Female,
        ["dame"] = PersonGender.Female, ["dr"] = PersonGender.Unknown, ["prof"] = PersonGender.Unknown,
        ["pr"] = PersonGender.Unknown, ["me"] = PersonGender.Unknown, ["docteur"] = PersonGender.Unknown,
    };

    public static readonly Dictionary<string, PersonGender> FirstNames = Build();

    /// <summary>Words that make a capitalised name an organisation: legal suffixes and institution words.</summary>
    public static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "inc", "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "sarl", "ag", "gmbh", "nv", "bv", "spa", "co", "cie",
        "group", "groupe", "holding", "holdings", "bank", "banque", "agency", "agence", "ministry", "ministère", "university",
        "université", "commission", "council", "conseil", "association", "institute", "institut", "foundation", "fondation",
        "party", "parti", "union", "office", "administration", "authority", "autorité", "court", "cour", "police", "department", "board",
        "bureau", "committee", "comité", "federation", "fédération", "news", "times", "post", "journal", "press", "media",
        "capital", "partners", "technologies", "technology", "labs", "airlines", "motors", "systems", "exchange",
        "network", "services", "club", "advocates", "fund", "fonds", "tribunal", "parliament", "parlement", "assembly", "assemblée",
        "senate", "sénat", "government", "gouvernement", "organization", "organisation", "company", "compagnie", "société",
        "entreprise", "industries", "energy", "pharma", "airways", "telecom", "insee", "ong", "ngo", "hospital", "hôpital",
        "school", "école", "centre", "center", "league", "ligue", "service", "agences", "mairie", "préfecture", "region",
        "région", "département", "cabinet", "united", "city", "rail", "railway", "railways", "water", "mining", "museum",
        "college", "ventures", "semiconductor", "prize", "festival", "fc", "zoo", "theatre", "theater", "gallery", "library",
        "foods", "pharmaceuticals", "project", "records", "studios", "pictures", "trust", "society", "church", "channel", "radio",
        "tv", "airport", "port", "insurance", "motors", "automotive", "electric", "steel", "oil", "gas", "mines",
        "laboratories", "laboratoires", "assurances", "transports", "éditions", "musée", "opéra", "opera", "orchestra",
        "orchestre", "théâtre", "olympique", "racing", "stade", "syndicat", "collectif", "coalition", "alliance", "forum",
        "observatoire", "observatory", "academy", "académie", "médias", "presse", "télévision", "matin", "monde", "figaro",
        "inter", "info", "bleu", "télévisions", // "France Inter", "France Bleu Isère": broadcasters, not people
        "herald", "tribune", "gazette", "daily", "weekly", "magazine", "review", "revue", "link", "broadband", "logistics",
        "chemicals", "care", "power", "solutions", "communications", "consulting", "digital", "transport", "travel", "lines",
        "shipping", "mobile", "networks", "ferries", "construction", "properties", "retail", "stores", "markets", "brands",
        "utilities", "petroleum", "motor", "sons", "brothers", "associates", "resources", "financial", "securities",
        "therapeutics", "biotech", "robotics", "aerospace", "renewables", "research", "investors", "bancorp", "trading",
        "eaux", "réseau", "fonderie", "fonderies", "ateliers", "chantiers", "crédit", "caisse", "mutuelle", "distribution",
        "électricité", "énergies", "commune", "métropole", "gendarmerie", "armée", "parquet", "trains", "buses", "coaches",
    };

    private static Dictionary<string, PersonGender> Build()
    {
        string[] male =
        [
            "james", "john", "robert", "michael", "david", "william", "richard", "joseph", "thomas", "charles", "christopher",
            "daniel", "matthew", "anthony", "mark", "paul", "steven", "andrew", "kenneth", "joshua", "kevin", "brian", "george",
            "edward", "peter", "jack", "henry", "tom", "ben", "jean", "pierre", "michel", "andré", "philippe", "alain",
            "bernard", "jacques", "françois", "nicolas", "emmanuel", "bruno", "laurent", "olivier", "christophe", "sébastien",
            "julien", "thierry", "éric", "eric", "patrick", "marc", "luc", "antoine", "louis", "hugo", "gabriel", "arnaud",
            "vincent", "didier", "yves", "vladimir", "sergei", "sergey", "dmitry", "alexei", "alexey", "ivan", "mohammed",
            "ahmed", "carlos", "juan", "jose", "luis", "giorgio", "marco", "hans", "klaus", "wolfgang", "elon", "jeff", "bill",
            "joe", "donald", "barack", "tim", "sundar", "satya", "mike", "steve", "jim", "bob", "frank", "gary", "larry",
            "jérôme", "guillaume", "mathieu", "benoît", "gilles", "gérard", "xavier", "fabien", "rémi", "cédric", "franck",
            "simon", "neil", "colin", "alan", "adam", "sam", "samuel", "ryan", "nick", "alex", "martin", "stephen", "ian",
            "scott", "sean", "jonathan", "patrice", "hervé", "yannick", "stéphane", "frédéric", "pascal", "denis", "lucas",
            "mehdi", "karim", "ali", "omar", "hassan", "rajiv", "li", "wei", "kenji", "hiroshi", "erik", "lars", "jan",
                    "timothy", "ronald", "jason", "jeffrey", "jacob", "nicholas", "justin", "brandon", "benjamin", "gregory",
            "raymond", "alexander", "dennis", "jerry", "tyler", "aaron", "douglas", "nathan", "zachary", "kyle",
            "walter", "harold", "carl", "jeremy", "arthur", "terry", "lawrence", "albert", "ethan", "roger", "bruce",
            "billy", "harry", "roy", "russell", "wayne", "ralph", "keith", "philip", "phil", "graham", "gordon",
            "ross", "craig", "stuart", "barry", "derek", "trevor", "geoff", "nigel", "clive", "rupert", "hugh",
            "oliver", "harvey", "jamie", "lewis", "callum", "connor", "liam", "luke", "owen", "rhys", "toby", "dylan",
            "danny", "tony", "ray", "chris", "rob", "andy", "dave", "jon", "matt", "mick", "kieran", "declan", "rory",
            "ollie", "alfie", "archie", "reggie", "benoit", "gilbert", "henri", "rené", "serge", "jules", "théo",
            "maxime", "alexandre", "romain", "florian", "kévin", "damien", "jérémy", "bastien", "clément", "quentin",
            "valentin", "adrien", "baptiste", "raphaël", "léo", "enzo", "mathis", "yann", "loïc", "ludovic", "fabrice",
            "grégory", "jean-pierre", "jean-luc", "jean-marc", "jean-paul", "jean-louis", "jean-claude", "jean-michel",
            "jean-françois", "jean-yves", "jean-jacques", "jean-marie", "jean-christophe", "jean-baptiste",
            "pierre-yves", "marc-antoine", "gérald", "edouard", "édouard", "manuel", "rémy", "gaël", "gaëtan", "erwan",
            "ronan", "bertrand", "joël", "lionel", "marcel", "régis", "sylvain", "thibault", "thibaut", "tristan",
            "mohamed", "rachid", "samir", "nabil", "abdel", "youssef", "farid", "kamel", "bilal", "ibrahim", "moussa",
            "mamadou", "ousmane",
        ];
        string[] female =
        [
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
            "lisa", "emily", "emma", "olivia", "anna", "maria", "laura", "rachel", "catherine", "kate", "helen", "margaret",
            "ruth", "marie", "anne", "sophie", "isabelle", "nathalie", "sylvie", "christine", "valérie", "céline", "julie",
            "aurélie", "claire", "léa", "chloé", "manon", "élisabeth", "elisabeth", "agnès", "brigitte", "martine",
            "françoise", "monique", "hélène", "amélie", "angela", "ursula", "christine", "olga", "natalia", "kamala", "hillary",
            "janet", "jane", "alice", "caroline", "charlotte", "victoria", "hannah", "sandrine", "virginie", "delphine",
            "audrey", "laetitia", "pauline", "marion", "mathilde", "juliette", "elena", "ana", "lucia", "giulia", "karin",
            "rosa", "fiona", "gillian", "claire", "amira", "fatima", "aisha", "priya", "joyce", "grace", "amy", "lucy", "sophia",
            "rebecca", "diana", "nicole", "michelle", "stephanie", "amanda", "melissa", "sharon", "donna", "carol", "gwen",
            "hélène", "anne-marie", "marine", "ségolène", "rachida", "najat", "valérie", "corinne", "florence", "émilie",
                    "betty", "sandra", "kimberly", "dorothy", "deborah", "cynthia", "kathleen", "shirley", "brenda", "pamela",
            "samantha", "katherine", "debra", "carolyn", "heather", "diane", "kelly", "christina", "lauren", "joan",
            "evelyn", "judith", "megan", "cheryl", "martha", "jacqueline", "frances", "gloria", "ann", "teresa",
            "kathryn", "sara", "janice", "doris", "abigail", "julia", "judy", "denise", "marilyn", "danielle",
            "theresa", "natalie", "isabella", "kayla", "lori", "tracy", "tracey", "suzi", "suzanne", "susie", "janine",
            "joanne", "louise", "chloe", "ellie", "amelia", "holly", "zoe", "zoë", "katie", "kirsty", "clare", "gemma",
            "hayley", "leanne", "natasha", "nadine", "tina", "wendy", "yvonne", "sally", "paula", "mandy", "lesley",
            "lindsay", "jenny", "jill", "eileen", "elaine", "carole", "beth", "bethany", "abbie", "aimee", "stéphanie",
            "laure", "clara", "inès", "jade", "lola", "lucie", "océane", "margaux", "élodie", "elodie", "karine",
            "chantal", "évelyne", "geneviève", "josiane", "madeleine", "michèle", "odile", "paulette", "simone",
            "sabine", "anaïs", "annie", "béatrice", "cécile", "christelle", "christel", "claudine", "coralie",
            "emmanuelle", "estelle", "fabienne", "gaëlle", "héloïse", "jeanne", "joëlle", "justine", "laëtitia",
            "lydie", "mélanie", "muriel", "myriam", "nadia", "noémie", "ophélie", "pascale", "rose-marie", "sonia",
            "sylviane", "véronique", "yasmina", "yasmine", "fatou", "aïcha", "amina", "leïla", "samira", "rama",
            "roselyne", "aurore",
        ];
        var names = new Dictionary<string, PersonGender>(StringComparer.Ordinal);
        foreach (var name in male)
        {
            names[name] = PersonGender.Male;
        }

        foreach (var name in female)
        {
            names[name] = PersonGender.Female;
        }

        // French first names given to both sexes: a person, of unknown gender ("témoignait Camille, parti de Chartres").
        foreach (var name in new[] { "camille", "claude", "dominique", "sacha", "alix", "charlie", "morgan", "lou", "eden" })
        {
            names[name] = PersonGender.Unknown;
        }

        return names;
    }
}
