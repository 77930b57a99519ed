namespace NewsBot.Core.Language.Detection;

/// <summary>
/// Profiles for the languages NewsBot detects. Function words are the commonest words of each language (they make up a third
/// to a half of any running text, whatever the topic); letters and sequences separate close neighbours (es/pt, fr/it).
/// </summary>
internal static class LanguageProfiles
{
    public static readonly IReadOnlyList<LanguageProfile> All =
    [
        Profile("en",
            "the of and to in is that for it with as was on be by this are at from his have or an they which you were her she has had not but what all their been would there will who its more also said after than about into over we he can could should these when",
            "", [("ing", 0.4), ("ght", 0.6), ("wh", 0.4), ("th", 0.2), ("ly", 0.2), ("w", 0.15)]),
        Profile("fr",
            "le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils elles sont ont par plus son sa ses leur mais ou été être nous vous comme aussi selon lors tout très déjà l' d' qu' n' s' c' j' m' y sans entre dont où",
            "œ2 è.7 ê.7 â.8 î.8 û.8 ë.6 ï.6 ù.8 à.5 ç.5 é.4", [("eau", 0.5), ("aux", 0.4), ("oux", 0.4), ("eux", 0.4), ("ais", 0.2), ("qu", 0.15)]),
        Profile("de",
            "der die das und ist nicht ein eine zu den von mit sich des auf für im dem es auch als an wird werden bei hat nach wie aus sie er wir ich noch nur über oder aber sind war vor zum zur einen einem dass kann",
            "ß2 ä.8 ö.8 ü.8", [("sch", 0.6), ("ung", 0.6), ("cht", 0.6), ("tz", 0.4), ("ei", 0.2), ("ie", 0.15), ("k", 0.1)]),
        Profile("es",
            "el la los las de del que y en un una es por con para no se su sus al lo como más pero fue ha han este esta son también entre cuando muy sin sobre hay ya desde todo está según porque era donde le les ella ellos hasta aunque otro otra cada después tras sido había",
            "ñ2 ¿2 ¡2 á.5 í.5 ó.5 ú.5 é.2", [("ción", 1), ("ión", 0.5), ("ado", 0.2), ("mente", 0.2), ("ll", 0.3), ("ue", 0.2), ("ie", 0.15)]),
        Profile("it",
            "il lo la i gli le di del della dei che e è un una per con non sono ha hanno nel nella alla al da dal come anche ma più questo questa essere stato stata ci si sul tra fra perché già molto quando se loro",
            "ì1 ò1 è.4 à.3 ù.3", [("zione", 1), ("gli", 0.6), ("zz", 0.5), ("cch", 0.5), ("tt", 0.2), ("zi", 0.2)]),
        Profile("pt",
            "o a os as de do da dos das que e em um uma é não para com por no na nos nas se mais ao como mas foi são ser tem seu sua pelo pela também já está ou quando muito isso ele ela eles até entre sobre",
            "ã2 õ2 ç.5 ê.3 á.4 í.4 ó.4 ú.4 â.3 à.2", [("ção", 1), ("ões", 1), ("ão", 0.6), ("nh", 0.5), ("lh", 0.5), ("mente", 0.2), ("ou", 0.15)]),
        Profile("nl",
            "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij maar door uit naar wordt werd heeft hebben nog wel dan deze of zo al was worden hij zij we ze kan over tot geen meer omdat",
            "", [("ij", 1), ("lijk", 1), ("aa", 0.5), ("oo", 0.4), ("ee", 0.3), ("sch", 0.3), ("uu", 0.5), ("oe", 0.3)]),
    ];

    private static LanguageProfile Profile(string code, string words, string letters, (string Sequence, double Weight)[] sequences) =>
        new(code,
            new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal),
            letters.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(
                l => l[0],
                l => double.Parse(l.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)),
            sequences.ToDictionary(s => s.Sequence, s => s.Weight, StringComparer.Ordinal));
}
