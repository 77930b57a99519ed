using System.Collections.Frozen;

namespace NewsBot.Core.Stories;

/// <summary>
/// Countries, regions and alliances in English, French, German, Spanish and Italian, with their demonyms, so "Russia",
/// "Russian", "Russie", "russes", "Russland", "russische" and "rusos" are one entity across languages. Forms are folded
/// (<see cref="EntityFolding"/>); inflections are generated (plural -s, French feminine -e/-ne, German -isch endings,
/// Spanish/Italian -o/-a/-os/-as/-i, Italian -e/-i) rather than listed. Demonyms are lower case in most of these languages,
/// which is why this table, unlike capitalised names, also matches lower-case words.
/// </summary>
internal static class PlaceForms
{
    private static readonly string[] Table =
    [
        "russia: russia russian russie russe russland russisch rusia ruso rusa rusos rusas russo",
        "ukraine: ukraine ukrainian ukrainien ukrainisch ucrania ucraniano ucraina ucraino",
        "united-states: america american etats-unis americain amerique amerika amerikanisch estadounidense statunitense usa",
        "china: china chinese chine chinois chinesisch chino cina cinese",
        "france: france french francais frankreich franzosisch francia frances francesa francese",
        "germany: germany german allemagne allemand deutschland deutsch alemania aleman alemana germania tedesco",
        "united-kingdom: britain british royaume-uni britannique grossbritannien britisch britanico britannico",
        "italy: italy italian italie italien italienisch italia italiano",
        "spain: spain spanish espagne espagnol spanien spanisch espana espanol espanola spagna spagnolo",
        "japan: japan japanese japon japonais japanisch japones japonesa giappone giapponese",
        "india: india indian inde indien indisch indiano",
        "israel: israel israeli israelien israelisch israele israeliano",
        "iran: iran iranian iranien iranisch irani iraniano",
        "turkey: turkey turkish turquie turc turque turkei turkisch turquia turco turchia",
        "poland: poland polish pologne polonais polen polnisch polonia polaco polacco",
        "korea: korea korean coree coreen koreanisch corea coreano",
        "brazil: brazil brazilian bresil bresilien brasilien brasilianisch brasil brasileno brasile brasiliano",
        "mexico: mexico mexican mexique mexicain mexiko mexikanisch mexicano messico messicano",
        "canada: canada canadian canadien kanada kanadisch canadiense canadese",
        "syria: syria syrian syrie syrien syrisch siria sirio siriano",
        "egypt: egypt egyptian egypte egyptien agypten agyptisch egipto egipcio egitto egiziano",
        "belgium: belgium belgian belgique belge belgien belgisch belgica belgio",
        "switzerland: switzerland swiss suisse schweiz schweizer suiza suizo svizzera svizzero",
        "netherlands: netherlands dutch pays-bas neerlandais niederlande niederlandisch holanda neerlandes olanda olandese",
        "greece: greece greek grece grec grecque griechenland griechisch grecia griego greco",
        "portugal: portugal portuguese portugais portugiesisch portugues portuguesa portoghese",
        "austria: austria austrian autriche autrichien osterreich osterreichisch austriaco",
        "sweden: sweden swedish suede suedois schweden schwedisch suecia sueco svezia svedese",
        "australia: australia australian australie australien australisch australiano",
        "argentina: argentina argentinian argentine argentin argentinien argentinisch argentino",
        "palestine: palestine palestinian palestinien palastina palastinensisch palestina palestino",
        "saudi-arabia: saudi saoudite saoudien saudi-arabien saudita",
        "pakistan: pakistan pakistani pakistanais pakistanisch paquistan",
        "afghanistan: afghanistan afghan afghane afganistan afgano",
        "iraq: iraq iraqi irak irakien irakisch iraqui iracheno",
        "belarus: belarus belarusian bielorussie bielorusse weissrussland belarussisch bielorrusia bielorruso bielorussia",
        "taiwan: taiwan taiwanese taiwanais taiwanisch taiwanes",
        "europe: europe european europeen europa europaisch europeo",
        "africa: africa african afrique africain afrika afrikanisch africano",
        "asia: asia asian asie asiatique asien asiatisch asiatico",
    ];

    /// <summary>Two-word names, matched before single words ("United States" is not "United" and "States").</summary>
    private static readonly FrozenDictionary<string, string> Pairs = new Dictionary<string, string>
    {
        ["united states"] = "united-states", ["vereinigte staaten"] = "united-states", ["estados unidos"] = "united-states",
        ["stati uniti"] = "united-states", ["united kingdom"] = "united-kingdom", ["reino unido"] = "united-kingdom",
        ["regno unito"] = "united-kingdom", ["european union"] = "eu", ["union europeenne"] = "eu", ["europaische union"] = "eu",
        ["union europea"] = "eu", ["unione europea"] = "eu", ["united nations"] = "un", ["nations unies"] = "un",
        ["vereinte nationen"] = "un", ["naciones unidas"] = "un", ["nazioni unite"] = "un",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Acronyms count only in capitals: "us", "eu" and "un" are ordinary words in lower case.</summary>
    private static readonly FrozenDictionary<string, string> Acronyms = new Dictionary<string, string>
    {
        ["US"] = "united-states", ["USA"] = "united-states", ["UK"] = "united-kingdom", ["EU"] = "eu", ["UE"] = "eu",
        ["UN"] = "un", ["ONU"] = "un", ["UNO"] = "un", ["NATO"] = "nato", ["OTAN"] = "nato",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Words = Build();

    public static string? Find(string folded) => Words.GetValueOrDefault(folded);

    public static string? FindPair(string foldedFirst, string foldedSecond) => Pairs.GetValueOrDefault(foldedFirst + " " + foldedSecond);

    public static string? FindAcronym(string word) => Acronyms.GetValueOrDefault(word);

    private static FrozenDictionary<string, string> Build()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Table)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var canonical = line[..colon];
            foreach (var form in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var variant in Inflections(form))
                {
                    words.TryAdd(variant, canonical);
                }
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Inflections(string form)
    {
        yield return form;
        yield return form + "s";
        yield return form + "e";
        yield return form + "es";
        if (form.EndsWith("ien", StringComparison.Ordinal) || form.EndsWith("een", StringComparison.Ordinal))
        {
            yield return form + "ne";
            yield return form + "nes";
        }

        if (form.EndsWith("isch", StringComparison.Ordinal))
        {
            foreach (var ending in (string[])["en", "er", "em"])
            {
                yield return form + ending;
            }
        }

        if (form.Length > 4 && form[^1] is 'o')
        {
            foreach (var ending in (string[])["a", "os", "as", "i"])
            {
                yield return form[..^1] + ending;
            }
        }

        if (form.Length > 5 && form[^1] is 'e')
        {
            yield return form[..^1] + "i";
        }
    }
}
