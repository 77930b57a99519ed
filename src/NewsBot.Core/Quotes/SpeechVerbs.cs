namespace NewsBot.Core.Quotes;

/// <summary>
/// Speech and report verbs in every inflection, generated from lemma lists (English regular -s/-ed/-ing with the usual
/// spelling rules plus irregulars; French first- and second-group conjugations with ç/ge and è stems plus irregulars).
/// Lookups are on lower-case words; French inverted forms ("ajoute-t-il") are split by the caller.
/// </summary>
internal static class SpeechVerbs
{
    private static readonly HashSet<string> English = BuildEnglish();
    private static readonly HashSet<string> French = BuildFrench();

    public static bool IsSpeechVerb(string language, string lowerWord) =>
        (language == "fr" ? French : English).Contains(lowerWord);

    /// <summary>A present participle ("saying", "déclarant"): its subject is the clause subject, not the noun before it.</summary>
    public static bool IsParticiple(string language, string lowerWord) =>
        language == "fr" ? lowerWord.EndsWith("ant", StringComparison.Ordinal) : lowerWord.EndsWith("ing", StringComparison.Ordinal);

    private static HashSet<string> BuildEnglish()
    {
        string[] regular =
        [
            "add", "claim", "deny", "argue", "warn", "explain", "note", "insist", "state", "announce", "confirm", "acknowledge",
            "assert", "mention", "clarify", "highlight", "stress", "emphasise", "emphasize", "report", "reply", "respond",
            "answer", "suggest", "admit", "maintain", "contend", "predict", "recall", "reveal", "caution", "comment",
            "complain", "observe", "remark", "declare", "affirm", "agree", "concede", "conclude", "promise", "vow", "urge",
            "reiterate", "underline", "allege", "testify", "estimate", "believe", "tweet", "assure", "indicate",
            "specify", "signal", "counter", "retort", "boast", "lament", "disclose", "hint", "quip", "recount", "repeat",
            "shout", "whisper", "point", "tell", "warn", "acknowledge", "stress", "insist", "brief",
            "pledge", "protest", "question", "reason", "recommend", "joke", "forecast", "ask", "call", "describe",
            "concede", "welcome", "advise", "accuse", "criticise", "criticize", "dismiss", "reject", "defend", "hope", "fear", "worry",
            "post", "snap", "interject", "yell", "scream", "exclaim", "plead", "muse", "sigh", "gush", "blast", "slam", "text",
            "rage", "fume", "rant", "seethe", "brand", "label", "inform",
        ];
        var set = new HashSet<string>(StringComparer.Ordinal)
        {
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "written",
            "writing", "think", "thinks", "thought", "thinking", "speak", "speaks", "spoke", "speaking", "forecast", "snapped", "snapping",
            "dub", "dubs", "dubbed", "dubbing", "labelled", "labelling", // naming verbs: "X dubbed it 'a farce'"
        };
        foreach (var verb in regular)
        {
            AddEnglishForms(set, verb);
        }

        return set;
    }

    private static void AddEnglishForms(HashSet<string> set, string verb)
    {
        set.Add(verb);
        var doubles = verb is "admit" or "commit" or "regret" or "omit" or "refer" or "prefer";
        var stem = doubles ? verb + verb[^1] : verb;
        if (verb.EndsWith('e'))
        {
            set.Add(verb + "s");
            set.Add(verb + "d");
            set.Add(verb[..^1] + "ing");
        }
        else if (verb.EndsWith('y') && verb.Length > 2 && !"aeiou".Contains(verb[^2], StringComparison.Ordinal))
        {
            set.Add(verb[..^1] + "ies");
            set.Add(verb[..^1] + "ied");
            set.Add(verb + "ing");
        }
        else
        {
            set.Add(verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s");
            set.Add(stem + "ed");
            set.Add(stem + "ing");
        }
    }

    private static HashSet<string> BuildFrench()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var verb in FrenchSpeechVerbs.FirstGroup)
        {
            FrenchSpeechVerbs.AddFirstGroup(set, verb);
        }

        foreach (var verb in FrenchSpeechVerbs.SecondGroup)
        {
            var stem = verb[..^2];
            foreach (var ending in new[] { "ir", "it", "issent", "i", "ie", "is", "issait", "issaient", "issant", "ira", "iront", "irait", "iraient", "irent" })
            {
                set.Add(stem + ending);
            }
        }

        set.UnionWith(FrenchSpeechVerbs.Irregular);
        return set;
    }
}
