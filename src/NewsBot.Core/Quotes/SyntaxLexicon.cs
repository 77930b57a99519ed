namespace NewsBot.Core.Quotes;

/// <summary>
/// Closed word classes the attribution rules walk over (English and French together: the sets do not clash in ways that
/// matter here). All keys are lower case.
/// </summary>
internal static class SyntaxLexicon
{
    public static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our", "one", "another",
        "le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "du", "des", "notre");

    /// <summary>Pronoun subjects and the kind of antecedent they take; "it"/"they" lean to organisations.</summary>
    public static readonly Dictionary<string, PronounInfo> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = new(PersonGender.Male, Organization: false), ["she"] = new(PersonGender.Female, Organization: false),
        ["it"] = new(PersonGender.Unknown, Organization: true), ["they"] = new(PersonGender.Unknown, Organization: true),
        ["il"] = new(PersonGender.Male, Organization: false), ["elle"] = new(PersonGender.Female, Organization: false),
        ["lui"] = new(PersonGender.Male, Organization: false), ["ils"] = new(PersonGender.Unknown, Organization: true),
        ["elles"] = new(PersonGender.Unknown, Organization: true), ["eux"] = new(PersonGender.Unknown, Organization: true),
    };

    /// <summary>Auxiliaries, modals, negation and clitics that sit between a subject and its verb.</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "has", "have", "had", "was", "is", "were", "are", "will", "would", "could", "should", "did", "does", "do", "may",
        "might", "must", "been", "be", "also", "not", "never", "a", "avait", "aurait", "ont", "avaient", "auraient", "est",
        "sont", "va", "vont", "aura", "auront", "ne", "n'", "pas", "se", "s'", "lui", "leur", "nous", "vous", "y", "en",
        "l'", "a-t-il", "a-t-elle", "also", "then", "later", "again", "already", "still", "further", "even", "first",
        "only", "just", "recently", "previously", "today", "yesterday", "tonight", "earlier", "once", "too", "aussi",
        "également", "encore", "déjà", "fait", "ensuite", "toutefois", "notamment", "pourtant", "alors", "enfin", "hier", "ainsi",
        "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "on", "last", "this", "week", "month", "morning",
        "evening", "afternoon", "night", "matin", "soir", "plus", "tard", "publicly", "bien", "même", "tout", "très");

    /// <summary>Nouns that refer back to the organisation in focus ("the exchange", "la plateforme").</summary>
    public static readonly HashSet<string> OrganizationNouns = Set(
        "company", "firm", "exchange", "platform", "group", "bank", "agency", "ministry", "government", "startup",
        "start-up", "organisation", "organization", "retailer", "carrier", "maker", "operator", "network", "union",
        "party", "club", "team", "business", "giant", "lender", "insurer", "airline", "manufacturer", "regulator",
        "société", "entreprise", "plateforme", "bourse", "groupe", "banque", "agence", "firme", "compagnie", "gouvernement",
        "ministère", "enseigne", "constructeur", "opérateur", "syndicat", "parti", "équipe", "géant", "assureur", "régulateur",
        "organisme", "institution", "instance", "fédération", "association", "zoo", "museum", "hospital", "school", "university", "council",
        "charity", "authority", "federation", "association", "court", "police", "commission", "committee", "foundation",
        "institute", "trust", "airport", "studio", "publisher", "newspaper", "broadcaster", "chain", "brand", "supermarket",
        "carmaker", "automaker", "chipmaker", "drugmaker", "bakery", "restaurant", "label", "agency", "direction",
        "management", "leadership", "musée", "hôpital", "école", "université", "conseil", "mairie", "préfecture", "tribunal",
        "commission", "comité", "fondation", "institut", "aéroport", "journal", "chaîne", "marque", "mutuelle", "collectivité",
        "métropole", "région", "département", "ville", "commune", "clinique", "laboratoire", "fabricant", "distributeur",
        "gallery", "library", "festival", "orchestra", "theatre", "theater", "orchestre", "théâtre", "opéra", "supplier",
        "provider", "utility", "fournisseur", "organisation", "administrators", "administrateurs", "board", "établissement",
        "hebdomadaire", "quotidien", "magazine", "mensuel", "radio", "média");

    /// <summary>
    /// Public bodies that speak in their own right even when the article never names them ("the regulator said", "la
    /// préfecture a indiqué"): when no named organisation fits, the noun phrase itself becomes the speaker.
    /// </summary>
    public static readonly HashSet<string> InstitutionNouns = Set(
        "regulator", "council", "ministry", "government", "police", "court", "commission", "authority", "agency", "department",
        "office", "parliament", "senate", "army", "military", "navy", "coastguard", "administration", "municipality",
        "prosecutors", "hospital", "university", "museum", "school", "watchdog", "inspectorate", "gendarmerie", "préfecture",
        "mairie", "ministère", "gouvernement", "tribunal", "parquet", "conseil", "agence", "autorité", "armée", "municipalité",
        "hôpital", "université", "musée", "école", "rectorat", "métropole", "région", "département", "sénat", "assemblée",
        "ambassade", "embassy", "consulat", "consulate", "cour", "état-major", "service", "comité", "committee", "panel");

    /// <summary>Nouns for documents whose author speaks through them ("a report by X", "un article de X").</summary>
    public static readonly HashSet<string> DocumentNouns = Set(
        "report", "article", "statement", "study", "survey", "blog", "post", "letter", "filing", "memo", "release", "story",
        "investigation", "rapport", "communiqué", "étude", "enquête", "billet", "lettre", "note", "publication", "courriel",
        "email", "tweet", "message");

    /// <summary>English weekdays: capitalised, yet a date ("on Monday, said"), never a name.</summary>
    public static readonly HashSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    public static readonly HashSet<string> Complementizers = Set("that", "que", "qu'", "whether", "si", "how", "why", "comment");

    /// <summary>"according to" / "selon" / "d'après" introduce a source without a verb.</summary>
    public static readonly HashSet<string> SourcePrepositions = Set("selon", "d'après", "according");

    /// <summary>"selon lesquelles" is a relative clause, not a source.</summary>
    public static readonly HashSet<string> RelativePronouns = Set(
        "lequel", "laquelle", "lesquels", "lesquelles", "which", "whom", "moi", "nous", "vous", "toi");

    /// <summary>Words before a quote that mark it as a title or a label rather than speech.</summary>
    public static readonly HashSet<string> TitleCues = Set(
        "so-called", "soi-disant", "prétendu", "prétendue", "book", "film", "movie", "song", "album", "novel", "show",
        "series", "play", "titled", "entitled", "called", "dubbed", "nicknamed", "named", "headline", "livre", "roman",
        "chanson", "émission", "série", "pièce", "intitulé", "intitulée", "baptisé", "baptisée", "surnommé", "surnommée",
        "appelé", "appelée", "dit", "dite", "nommé", "nommée", "slogan", "mot", "word", "term", "terme", "label", "opération",
        "operation", "plan", "projet", "project", "programme", "program", "campagne", "campaign");

    /// <summary>"interrogée", "blessés", "croisées": the endings of a French past participle (é, ée, és, ées).</summary>
    public static bool HasPastParticipleEnding(string lower) =>
        lower.EndsWith('é') || lower.EndsWith("ée", StringComparison.Ordinal) || lower.EndsWith("és", StringComparison.Ordinal)
        || lower.EndsWith("ées", StringComparison.Ordinal);

    public static bool IsSkippable(QuoteToken token) =>
        token.IsWord && (Auxiliaries.Contains(token.Lower) || (!token.IsCapitalized && IsAdverb(token.Lower)));

    /// <summary>English -ly adverbs and French -ement/-amment/-emment adverbs, minus the nouns that share those endings.</summary>
    public static bool IsAdverb(string lower) =>
        (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && !NotAdverbs.Contains(lower))
        || (lower.Length > 7 && (lower.EndsWith("ement", StringComparison.Ordinal) || lower.EndsWith("amment", StringComparison.Ordinal)
            || lower.EndsWith("emment", StringComparison.Ordinal)) && !NotAdverbs.Contains(lower));

    private static readonly HashSet<string> NotAdverbs = Set(
        "italy", "family", "reply", "apply", "supply", "assembly", "monopoly", "anomaly", "rally", "ally", "butterfly",
        "statement", "settlement", "agreement", "government", "management", "movement", "retirement", "requirement",
        "announcement", "achievement", "enforcement", "replacement", "gouvernement", "mouvement", "événement",
        "évènement", "règlement", "établissement", "changement", "jugement", "logement", "lancement", "classement",
        "financement", "enseignement", "traitement", "paiement", "comportement", "recrutement", "placement", "engagement",
        "rassemblement", "remplacement", "arrondissement", "investissement", "environnement", "élément", "complément",
        "département", "parlement", "document", "moment", "commencement", "développement", "ménagement", "déplacement");

    /// <summary>
    /// Adverbial phrases a French writer puts between the auxiliary and the participle ("a de son côté prévenu que", "a pour
    /// sa part estimé que", "a quant à lui jugé que"), which no word-by-word adverb test recognises.
    /// </summary>
    private static readonly string[][] AdverbialPhrases =
    [
        ["de", "son", "côté"], ["de", "leur", "côté"], ["de", "notre", "côté"], ["pour", "sa", "part"], ["pour", "leur", "part"],
        ["pour", "son", "compte"], ["quant", "à", "lui"], ["quant", "à", "elle"], ["quant", "à", "eux"], ["quant", "à", "elles"],
        ["par", "ailleurs"], ["d'", "ailleurs"], ["en", "outre"], ["à", "son", "tour"], ["à", "leur", "tour"], ["de", "nouveau"],
        ["à", "nouveau"], ["une", "nouvelle", "fois"], ["lui", "aussi"], ["elle", "aussi"], ["eux", "aussi"], ["elles", "aussi"],
        ["pour", "autant"], ["en", "revanche"], ["de", "même"], ["toutefois"], ["cependant"], ["néanmoins"],
        ["ainsi"], ["aussi"], ["encore"], ["déjà"], ["même"], ["enfin"], ["alors"], ["ensuite"], ["pourtant"],
    ];

    /// <summary>The last words of <see cref="AdverbialPhrases"/>: most tokens end none, and are turned away by one lookup.</summary>
    private static readonly HashSet<string> AdverbialPhraseEnds = new(AdverbialPhrases.Select(p => p[^1]), StringComparer.Ordinal);

    /// <summary>How many tokens an adverbial phrase of <see cref="AdverbialPhrases"/> ending at <paramref name="j"/> has, else 0.</summary>
    public static int AdverbialPhraseEndingAt(IReadOnlyList<QuoteToken> t, int j)
    {
        if (!AdverbialPhraseEnds.Contains(t[j].Lower))
        {
            return 0;
        }

        foreach (var phrase in AdverbialPhrases)
        {
            var first = j - phrase.Length + 1;
            if (first < 0)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < phrase.Length && matches; i++)
            {
                matches = !t[first + i].IsCapitalized && t[first + i].Lower == phrase[i];
            }

            if (matches)
            {
                return phrase.Length;
            }
        }

        return 0;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
