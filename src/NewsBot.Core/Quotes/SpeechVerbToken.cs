namespace NewsBot.Core.Quotes;

/// <summary>
/// Recognises speech verbs in a token list, including French inversions: "ajoute-t-il", "dit-elle" (verb and pronoun in
/// one token) and "a-t-il ajouté" (inverted auxiliary, then the participle).
/// </summary>
internal static class SpeechVerbToken
{
    private static readonly HashSet<string> InvertedPronouns = new(StringComparer.Ordinal) { "il", "elle", "ils", "elles", "on" };
    private static readonly HashSet<string> InvertedAuxiliaries = new(StringComparer.Ordinal) { "a", "ont", "avait", "aurait", "avaient" };

    public static bool IsVerb(IReadOnlyList<QuoteToken> t, int i, string language) =>
        t[i].IsWord && (SpeechVerbs.IsSpeechVerb(language, t[i].Lower) || Inverted(t, i, language, out _) is not null || IsCausative(t, i, language)
            || (language == "en" && t[i].Lower is "fired" or "shot" or "hit" or "fires" or "hits" && i + 1 < t.Count && t[i + 1].Lower == "back")); // "Stancil fired back"

    /// <summary>
    /// A present participle opening a clause after a comma ("..., saying", "..., déclarant", "..., l'accusant d'être"): its
    /// subject is the sentence's, not the word before it. French object pronouns may stand between the comma and it.
    /// </summary>
    public static bool IsParticipleAfterComma(IReadOnlyList<QuoteToken> t, int v, string language)
    {
        if (!SpeechVerbs.IsParticiple(language, t[v].Lower))
        {
            return false;
        }

        var k = v - 1;
        while (language == "fr" && k >= 0 && v - k <= 2 && t[k].Lower is "l'" or "le" or "la" or "les" or "lui" or "leur" or "se" or "s'" or "y" or "en" or "nous" or "vous")
        {
            k--;
        }

        return k >= 0 && t[k].Is(",");
    }

    /// <summary>
    /// "Godwin was cleared after telling them she had no idea", "en expliquant que": a present participle after a
    /// preposition of time or manner takes the sentence's subject, like one after a comma.
    /// </summary>
    public static bool IsParticipleAfterPreposition(IReadOnlyList<QuoteToken> t, int v, string language) =>
        v >= 1 && SpeechVerbs.IsParticiple(language, t[v].Lower)
        && t[v - 1].Lower is "after" or "before" or "while" or "when" or "by" or "without" or "en" or "tout";

    /// <summary>"a fait savoir que", "a fait valoir que": a causative "faire" and an infinitive report speech.</summary>
    private static bool IsCausative(IReadOnlyList<QuoteToken> t, int i, string language) =>
        language == "fr" && t[i].Lower is "savoir" or "valoir" && i > 0 && t[i - 1].Lower is "fait" or "faire" or "fera" or "font";

    /// <summary>
    /// For an inverted French form at <paramref name="i"/>, the pronoun; <paramref name="last"/> is the cue's last token
    /// (the participle after "a-t-il").
    /// </summary>
    public static string? Inverted(IReadOnlyList<QuoteToken> t, int i, string language, out int last)
    {
        last = i;
        if (language != "fr" || !t[i].IsWord || !t[i].Lower.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = t[i].Lower.Split('-');
        var pronoun = parts[^1];
        if (!InvertedPronouns.Contains(pronoun))
        {
            return null;
        }

        if (SpeechVerbs.IsSpeechVerb("fr", parts[0]))
        {
            return pronoun;
        }

        if (!InvertedAuxiliaries.Contains(parts[0]))
        {
            return null;
        }

        // "a-t-il ajouté", "a-t-il notamment martelé", "a-t-il par ailleurs déclaré", "a-t-elle encore expliqué".
        var v = i + 1;
        while (v < t.Count && v - i <= MaxInvertedAdverbs && t[v].IsWord && !SpeechVerbs.IsSpeechVerb("fr", t[v].Lower)
            && (SyntaxLexicon.IsSkippable(t[v]) || InvertedAdverbs.Contains(t[v].Lower)))
        {
            v++;
        }

        if (v < t.Count && SpeechVerbs.IsSpeechVerb("fr", t[v].Lower))
        {
            last = v;
            return pronoun;
        }

        return null;
    }

    private const int MaxInvertedAdverbs = 3;

    /// <summary>Short adverbs between an inverted auxiliary and its participle (-ment adverbs are recognised by their ending).</summary>
    private static readonly HashSet<string> InvertedAdverbs = new(StringComparer.Ordinal)
    {
        "encore", "aussi", "ensuite", "alors", "enfin", "même", "déjà", "pourtant", "toutefois", "cependant", "néanmoins",
        "par", "ailleurs", "de", "son", "leur", "côté", "plus", "tard", "bien", "ainsi", "également", "aussitôt", "là",
    };

    /// <summary>A noun use of a verb form ("a report", "the claims", "les déclarations") is not a cue.</summary>
    public static bool IsNounUse(IReadOnlyList<QuoteToken> t, int i) =>
        i > 0 && t[i - 1].IsWord && SyntaxLexicon.Determiners.Contains(t[i - 1].Lower) && t[i - 1].Lower is not "a" and not "l'"
        || (i > 0 && t[i - 1].Lower is "a" && t[i].Lower is "report" or "statement" or "note" or "post" or "claim" or "comment" or "tweet" or "answer" or "reply" or "warning" or "promise");
}
