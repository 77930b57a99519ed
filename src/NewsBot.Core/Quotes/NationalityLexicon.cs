namespace NewsBot.Core.Quotes;

/// <summary>
/// Nationality words ("German", "the Irish president", "the Frenchman"): reporters use them as epithets for a person already
/// named, so they are neither names nor speakers of their own. Each form maps to one key shared by the adjective and the
/// noun ("Spaniard" and "Spanish" are both "spanish"); a few nouns also say the person's gender.
/// </summary>
internal static class NationalityLexicon
{
    private static readonly Dictionary<string, (string Key, PersonGender Gender)> Forms = Build();

    /// <summary>The shared key of a nationality word (lower case), or null when it is none.</summary>
    public static string? KeyOf(string lower) => Forms.TryGetValue(lower, out var form) ? form.Key : null;

    public static PersonGender GenderOf(string lower) => Forms.TryGetValue(lower, out var form) ? form.Gender : PersonGender.Unknown;

    public static bool IsNationality(string lower) => Forms.ContainsKey(lower);

    /// <summary>"Thais", "Germans": a plural noun, which never stands as a title before a name ("Thais Conway Hanson").</summary>
    public static bool IsPlural(string lower) =>
        lower.Length > 2 && lower[^1] == 's' && Forms.TryGetValue(lower, out var form) && form.Key == lower[..^1];

    private static Dictionary<string, (string, PersonGender)> Build()
    {
        // adjective = noun for most; "adjective:noun" where they differ.
        string[] same =
        [
            "american", "german", "italian", "russian", "ukrainian", "australian", "canadian", "chinese", "japanese", "korean",
            "indian", "pakistani", "iranian", "iraqi", "israeli", "palestinian", "egyptian", "nigerian", "kenyan", "brazilian",
            "mexican", "argentine", "argentinian", "chilean", "colombian", "belgian", "austrian", "hungarian", "romanian",
            "bulgarian", "serbian", "croatian", "slovenian", "slovak", "czech", "greek", "norwegian", "portuguese", "albanian",
            "georgian", "armenian", "syrian", "lebanese", "saudi", "qatari", "emirati", "afghan", "bangladeshi", "vietnamese",
            "thai", "indonesian", "malaysian", "singaporean", "filipino", "moroccan", "algerian", "tunisian", "libyan",
            "ethiopian", "ghanaian", "senegalese", "cameroonian", "venezuelan", "peruvian", "cuban", "jamaican", "estonian",
            "latvian", "lithuanian", "belarusian", "kazakh", "uzbek", "mongolian", "taiwanese", "south african", "zimbabwean",
            "ugandan", "tanzanian", "sudanese", "somali", "yemeni", "jordanian", "kuwaiti", "european", "african", "asian",
        ];
        (string Adjective, string Noun, PersonGender Gender)[] differ =
        [
            ("french", "frenchman", PersonGender.Male), ("french", "frenchwoman", PersonGender.Female),
            ("english", "englishman", PersonGender.Male), ("english", "englishwoman", PersonGender.Female),
            ("irish", "irishman", PersonGender.Male), ("irish", "irishwoman", PersonGender.Female),
            ("dutch", "dutchman", PersonGender.Male), ("dutch", "dutchwoman", PersonGender.Female),
            ("welsh", "welshman", PersonGender.Male), ("welsh", "welshwoman", PersonGender.Female),
            ("scottish", "scot", PersonGender.Unknown), ("scottish", "scotsman", PersonGender.Male), ("scottish", "scotswoman", PersonGender.Female),
            ("british", "briton", PersonGender.Unknown), ("spanish", "spaniard", PersonGender.Unknown), ("polish", "pole", PersonGender.Unknown),
            ("swedish", "swede", PersonGender.Unknown), ("danish", "dane", PersonGender.Unknown), ("finnish", "finn", PersonGender.Unknown),
            ("turkish", "turk", PersonGender.Unknown), ("swiss", "swiss", PersonGender.Unknown), ("icelandic", "icelander", PersonGender.Unknown),
            ("new zealand", "new zealander", PersonGender.Unknown), ("serbian", "serb", PersonGender.Unknown), ("croatian", "croat", PersonGender.Unknown),
        ];
        var forms = new Dictionary<string, (string, PersonGender)>(StringComparer.Ordinal);
        foreach (var word in same)
        {
            forms[word] = (word, PersonGender.Unknown);
            forms[word + "s"] = (word, PersonGender.Unknown);
        }

        foreach (var (adjective, noun, gender) in differ)
        {
            forms.TryAdd(adjective, (adjective, PersonGender.Unknown));
            forms[noun] = (adjective, gender);
        }

        return forms;
    }
}
