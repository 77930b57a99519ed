using NewsBot.Core.Language.StopWords;

namespace NewsBot.Core.Quotes;

/// <summary>Whether a capitalised word can open a name, given where it stands and how the article writes it elsewhere.</summary>
internal static partial class NameRunFinder
{
    /// <summary>Capitalised only because they open a sentence or a glued caption: "However prosecutors said", "Two TSA screeners".</summary>
    private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.Ordinal)
    {
        "however", "meanwhile", "according", "asked", "speaking", "scroll", "pictured", "nevertheless", "moreover", "furthermore",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions",
        "former", "ex", // "Former TSA screener Jane Doe": a title's adjective, not the start of a name
        "many", "most", "some", "several", "few", "both", "each", "every", "other", "numerous", // "Many JetBlue customers fly"
    };

    private static bool IsNameStart(IReadOnlyList<QuoteToken> tokens, int i, ArticleTokens article, StopWordList stops, StopWordList english)
    {
        var t = tokens[i];
        if (!t.IsCapitalized || t.Text.Length < 2 && !t.Text.EndsWith('.'))
        {
            return false;
        }

        if (IsRomanOrdinal(t.Text))
        {
            return false; // "le VIIème arrondissement", "au XIXe siècle"
        }

        if (t.Text.Length <= 3 && t.Text[^1] is '\'' or '\u2019')
        {
            return false; // an elided word opening a sentence ("C'est", "L'an dernier", "Qu'il") is never a name
        }

        var lower = IsPossessive(t) ? t.Lower[..^2] : t.Lower;
        if (HasLowerCaseCompoundPart(t.Text))
        {
            return false; // "Eleven-year-old", "Just-in"; but "Jean-Luc", "Saint-Aubin", "Boulogne-sur-Mer" stay names
        }

        // "the UN report", "US officials": initials in capitals are a name even when they spell a small word ("un", "us").
        var initials = t.IsAllCaps && t.Text.Length > 1;
        if (RoleLexicon.IsRole(lower) || !initials && (SyntaxLexicon.Pronouns.ContainsKey(lower) || SyntaxLexicon.Auxiliaries.Contains(lower)
            || SyntaxLexicon.Determiners.Contains(lower)) || Months.Contains(lower) || NameLexicon.Honorifics.ContainsKey(lower.TrimEnd('.')))
        {
            return false;
        }

        if (!t.IsAllCaps && (stops.Contains(lower) || english.Contains(lower) || SentenceAdverbs.Contains(lower)))
        {
            return false;
        }

        // "the German said", "the Irish president": a nationality is a name only inside one ("German Marshall Fund").
        if (NationalityLexicon.IsNationality(lower) && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && !RoleLexicon.IsRole(tokens[i + 1].Lower)))
        {
            return false;
        }

        // A sentence (or quote, or clause after a colon) starts with a capital anyway: only a word never written in lower
        // case elsewhere in the article counts as a name there.
        var initial = i == 0 || !tokens[i - 1].IsWord && tokens[i - 1].Text is ":" or "\u2014" or "\u2013" or "-" || QuoteMarks.IsQuoteMark(tokens[i - 1].Text[0]);
        if (!initial || article.MidSentenceCapitalized.Contains(lower))
        {
            return true;
        }

        // "Fort de ses résultats, il ...", "Forte de son succès": a French adjective opening the sentence before "de".
        if (lower is "fort" or "forte" or "forts" or "fortes" && i + 1 < tokens.Count && tokens[i + 1].Lower is "de" or "d'" or "du" or "des")
        {
            return false;
        }

        // "Invitant à la prudence, il ...", "Durant la nuit": a French present participle (or "durant") opening the sentence
        // before a preposition or an article is no name; a surname ending the same way is followed by its verb instead.
        // So is a past participle ("Interrogée sur la sécurité, Rachida Dati ...", "Blessé à la jambe, il ...").
        var participle = lower.EndsWith("ant", StringComparison.Ordinal) || SyntaxLexicon.HasPastParticipleEnding(lower);
        if (participle && lower.Length > 5 && i + 1 < tokens.Count
            && tokens[i + 1].Lower is "à" or "au" or "aux" or "en" or "de" or "d'" or "du" or "des" or "la" or "le" or "les" or "l'" or "que" or "qu'" or "sur" or "par" or "pour" or "dans" or "avec")
        {
            return false;
        }

        // "Energy supplier Northern Power", "State police said", "Transport minister X": a capitalised modifier of an
        // organisation noun or a role opening the sentence, written nowhere else mid-sentence, is not a name.
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized
            && (SyntaxLexicon.OrganizationNouns.Contains(tokens[i + 1].Lower) || SyntaxLexicon.InstitutionNouns.Contains(tokens[i + 1].Lower)
                || RoleLexicon.IsRole(tokens[i + 1].Lower) // "Transport minister Louise Haigh", "Council leader John Price"
                || tokens[i + 1].Lower is "supplier" or "provider" or "utility" or "developer" or "producer" or "fintech" or "service" or "app"))
        {
            return false;
        }

        // "Nurses at three hospitals", "Investors said": a plural common noun opening a sentence, never capitalised elsewhere.
        // "Alexis informed him", "Charles said": a known first name is no plural.
        var plural = lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)
            && (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized) && !NameLexicon.FirstNames.ContainsKey(lower);
        return !article.LowerCaseWords.Contains(lower) && !plural;
    }

    /// <summary>A lower-case part after a hyphen other than a place-name particle; scanned in place (this runs for every capitalised word).</summary>
    private static bool HasLowerCaseCompoundPart(string text)
    {
        var rest = text.AsSpan();
        for (var hyphen = rest.IndexOf('-'); hyphen >= 0; hyphen = rest.IndexOf('-'))
        {
            rest = rest[(hyphen + 1)..];
            var next = rest.IndexOf('-');
            var part = next < 0 ? rest : rest[..next];
            if (part.Length > 0 && char.IsLower(part[0]) && part is not ("sur" or "en" or "de" or "le" or "la" or "les" or "lès"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    };
}
