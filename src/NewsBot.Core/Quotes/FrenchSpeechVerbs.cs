namespace NewsBot.Core.Quotes;

/// <summary>French speech-verb lemmas and the irregular forms that conjugation rules cannot produce.</summary>
internal static class FrenchSpeechVerbs
{
    public static readonly string[] FirstGroup =
    [
        "déclarer", "affirmer", "ajouter", "expliquer", "préciser", "indiquer", "souligner", "estimer", "assurer", "annoncer",
        "confirmer", "rappeler", "raconter", "insister", "noter", "observer", "signaler", "confier", "avouer", "déplorer",
        "regretter", "dénoncer", "juger", "considérer", "révéler", "réclamer", "commenter", "résumer", "marteler", "lancer",
        "plaider", "argumenter", "alerter", "ironiser", "nuancer", "relever", "répliquer", "rétorquer", "protester",
        "témoigner", "qualifier", "détailler", "exposer", "certifier", "clamer", "proclamer", "nier", "contester", "réfuter",
        "réitérer", "lâcher", "glisser", "souffler", "tweeter", "rapporter", "mentionner", "accuser", "critiquer", "prévoir",
        "avancer", "évoquer", "constater", "analyser", "insister", "jurer", "mettre en garde", "s'inquiéter", "s'exclamer",
        "démontrer", "poster", "écrire", "communiquer", "informer", "répéter", "renchérir", "objecter", "conseiller",
        "recommander", "démentir", "prédire", "dire", "assurer", "annoncer", "reprocher", "s'étonner", "féliciter",
        "tempérer", "conclure", "interroger", "demander", "réagir", "penser", "croire", "saluer", "justifier", "appeler",
        "fustiger", "alarmer", "agacer", "exhorter", "interpeller", "pointer", "tacler", "enchaîner", "railler", "moquer",
        "décrire", "souhaiter", "espérer", "raconter", "trancher", "défendre", "plaider", "nuancer", "réclamer", "exiger",
        "indigner", "emporter", "insurger", "féliciter", "désoler", "étonner", "inquiéter", "exclamer", "enthousiasmer",
        "parler", "soupirer", "fulminer", "tempêter", "maugréer", "persifler", "plaisanter", "grincer", "s'alarmer", "s'agacer",
        "abonder", "savourer", "confesser",
    ];

    public static readonly string[] SecondGroup = ["réagir", "avertir", "réfléchir", "réjouir", "applaudir"];

    public static readonly string[] Irregular =
    [
        "dire", "dit", "dite", "dits", "disent", "disait", "disaient", "disant", "dira", "diront", "dirait", "diraient", "dirent",
        "écrire", "écrit", "écrite", "écrivent", "écrivait", "écrivant", "écrira", "écrirait", "écrivit",
        "répondre", "répond", "répondent", "répondu", "répondait", "répondant", "répondra", "répondrait", "répondit",
        "prétendre", "prétend", "prétendent", "prétendu", "prétendait", "prétendant", "prétendit",
        "admettre", "admet", "admettent", "admis", "admettait", "admettant", "admit", "admettra",
        "reconnaître", "reconnaitre", "reconnaît", "reconnait", "reconnaissent", "reconnu", "reconnaissait", "reconnaissant", "reconnut",
        "soutenir", "soutient", "soutiennent", "soutenu", "soutenait", "soutenant", "soutint", "soutiendra",
        "démentir", "dément", "démentent", "démenti", "démentait", "démentant", "démentira", "démentit",
        "prévenir", "prévient", "préviennent", "prévenu", "prévenait", "prévenant", "prévint",
        "promettre", "promet", "promettent", "promis", "promettait", "promettant", "promit",
        "poursuivre", "poursuit", "poursuivent", "poursuivi", "poursuivait", "poursuivant", "poursuivit",
        "conclure", "conclut", "concluent", "conclu", "concluait", "concluant", "conclura",
        "prédire", "prédit", "prédisent", "prédisait", "prédisant", "croit", "croient", "cru", "croyait", "croyant",
        "rappelle", "rappellent", "rappellera", "martèle", "martèlent", "considère", "considèrent", "révèle", "révèlent",
        "réitère", "réitèrent", "tempère", "relève", "relèvent", "répète", "répètent", "renchérit", "prévoit", "prévu",
        "appelle", "appellent", "appellera", "espère", "espèrent", "décrit", "décrivent", "décrivait", "décrivant",
        "défend", "défendent", "défendu", "défendait", "défendant", "interpelle",
    ];

    public static void AddFirstGroup(HashSet<string> set, string verb)
    {
        if (!verb.EndsWith("er", StringComparison.Ordinal) || verb.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        var stem = verb.StartsWith("s'", StringComparison.Ordinal) ? verb[2..^2] : verb[..^2];
        // Before a and o, c becomes ç and g becomes ge: annonçait, jugeant.
        var hard = stem.EndsWith('c') ? stem[..^1] + "ç" : stem.EndsWith('g') ? stem + "e" : stem;
        foreach (var ending in new[] { "er", "e", "es", "ent", "é", "ée", "és", "ées", "ons", "ez", "era", "eront", "erait", "eraient", "èrent" })
        {
            set.Add(stem + ending);
        }

        foreach (var ending in new[] { "ait", "aient", "ant", "a" })
        {
            set.Add(hard + ending);
        }
    }
}
