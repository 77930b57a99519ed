using NewsBot.Core.Language.StopWords;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds capitalised names in one sentence's tokens: runs of capitalised words joined by name particles (de, von, of, al,
/// &amp;), after an optional honorific, excluding sentence-initial common words (a capitalised word the article also writes
/// in lower case is not a name), function words, pronouns and role titles. Adds role, affiliation and gender cues from the
/// words around each run (<see cref="NameContext"/>).
/// </summary>
internal static partial class NameRunFinder
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d'", "von", "van", "der", "den", "di", "da", "of", "bin", "al", "el", "la", "le", "y", "&", "dos", "del",
    };

    /// <summary>Words that open sentences and captions but never continue an English name.</summary>
    private static readonly HashSet<string> GluedOpeners = new(StringComparer.Ordinal)
    {
        "according", "asked", "speaking", "however", "meanwhile", "scroll", "pictured", "writing", "but",
        "in", "on", "at", "the", "a", "an", "and", "this", "that", "there", "when", "after", "before", "as", "if", "while", "with",
        "for", "from", "to", "his", "her", "their", "its", "dressed", "wearing", "seen", "shown", "photographed",
    };

    public static List<NameRun> Find(IReadOnlyList<QuoteToken> tokens, string body, ArticleTokens article, string language)
    {
        var runs = new List<NameRun>();
        var stops = StopWords.For(language);
        var english = StopWords.For("en");
        var i = 0;
        while (i < tokens.Count)
        {
            if (language == "en" && PeerageTitles.End(tokens, i) is var peer and > 0)
            {
                runs.Add(PeerageRun(tokens, i, peer, body));
                i = peer + 1;
                continue;
            }

            var honorific = HonorificAt(tokens, i);
            var first = honorific is null ? i : i + 1;
            var titled = honorific is null && (IsTitleArticle(tokens, i) || language == "fr" && OpensWithTitle(tokens, i, stops));
            if (first >= tokens.Count || !IsNameStart(tokens, titled ? i + 1 : first, article, stops, english))
            {
                i++;
                continue;
            }

            var last = titled ? first + 1 : first;
            while (!IsPossessive(tokens[last]) && last + 1 < tokens.Count)
            {
                var next = tokens[last + 1];
                // "Bruno Le Maire": after a capitalised French article inside a name, a role word is the rest of the surname.
                var surname = last > first && tokens[last].Text is "Le" or "La" && next.IsWord;
                // "Karo In her lawsuit", "Syria Asked by": in glued English text a capitalised function word opens the next sentence.
                if (next.IsCapitalized && (surname || !RoleLexicon.IsRole(next.Lower)) && !SyntaxLexicon.Pronouns.ContainsKey(next.Lower) && !IsRomanOrdinal(next.Text)
                    && !(language == "en" && !next.IsAllCaps && GluedOpeners.Contains(next.Lower)))
                {
                    last++;
                }
                else if ((Particles.Contains(next.Lower) || next.Is("&")) && last + 2 < tokens.Count && tokens[last + 2].IsCapitalized && !IsRomanOrdinal(tokens[last + 2].Text)
                    && !RoleLexicon.IsRole(tokens[last + 2].Lower)
                    && (next.Lower != "of" || HasOrganizationWord(tokens, first, last)))
                {
                    last += 2;
                }
                else if (language == "fr" && NumberedName(tokens, first, last) is var numbered and > 0)
                {
                    last = numbered; // "France 3", "Europe 1"
                    break;
                }
                else if (OrganizationConnector(tokens, first, last) is var joined and > 0)
                {
                    last = joined;
                }
                else if (next.Text is "'" or "\u2019" && tokens[last].Text.EndsWith('s') && last + 2 < tokens.Count && tokens[last + 2].IsCapitalized
                    && !RoleLexicon.IsRole(tokens[last + 2].Lower) && tokens[last + 2].Start == next.End + 1)
                {
                    last += 2; // "the National Farmers' Union": a plural possessive inside the name
                }
                else
                {
                    break;
                }
            }

            // "Ambassador to the United Nations Samantha Power": a first name and surname after two or more words of a name
            // start a person's name of their own.
            for (var j = first + 2; j < last; j++)
            {
                if (NameLexicon.FirstNames.ContainsKey(tokens[j].Lower) && tokens[j + 1].IsCapitalized && !Particles.Contains(tokens[j - 1].Lower)
                    && !Particles.Contains(tokens[j + 1].Lower))
                {
                    last = j - 1;
                    break;
                }
            }

            // "2. AUSTRALIA'S UNDERARM BALL Benaud was renowned": a heading in capitals glued before a name is not part of it.
            var heading = first;
            while (honorific is null && !titled && heading < last && tokens[heading].IsAllCaps && tokens[heading].Text.Length >= 3)
            {
                heading++;
            }

            first = heading - first >= MinGluedHeadingWords && !tokens[heading].IsAllCaps ? heading : first;

            // "The latest World Health Organization Report confirmed": the organisation's document is not part of its name,
            // nor a name of its own.
            var document = -1;
            if (last > first + 1 && SyntaxLexicon.DocumentNouns.Contains(tokens[last].Lower) && NameLexicon.OrganizationWords.Contains(tokens[last - 1].Lower))
            {
                document = last--;
            }

            if (language == "fr" && honorific is null)
            {
                last = ComplementBeforeName(tokens, first, last);
                last = titled ? TitleAdjective(tokens, first, last, stops) : last; // "Le Canard enchaîné"
            }

            if (honorific is null && last > first && NationalityLexicon.IsNationality(tokens[first].Lower) && !NationalityLexicon.IsPlural(tokens[first].Lower)
                && !HasOrganizationWord(tokens, first, last))
            {
                first++; // "the Australian Alex de Minaur": the nationality is a title, not part of the name
            }

            if (language == "fr" && NameLexicon.OrganizationWords.Contains(tokens[first].Lower))
            {
                last = ExtendInstitution(tokens, last);
            }

            if (language == "fr")
            {
                last = PurposeComplement(tokens, first, last); // "le Haut Conseil pour le climat"
            }

            // "la candidate FN Marine Le Pen", "le député LR Éric Ciotti": the party's initials are not part of the name. The
            // run keeps their token (what comes before still reads as a title before a name), the name starts after them.
            var named = honorific is null && last > first + 1 && tokens[first].IsAllCaps && tokens[first].Text.Length <= MaxPartyInitials
                && NameLexicon.FirstNames.ContainsKey(tokens[first + 1].Lower) ? first + 1 : first;

            var possessive = IsPossessive(tokens[last]);
            var end = possessive ? tokens[last].End - 2 : tokens[last].End;
            var run = new NameRun(first, last, body[tokens[named].Start..end], tokens[named].Start, end)
            {
                HasHonorific = honorific is not null,
                Gender = honorific ?? PersonGender.Unknown,
                IsPossessive = possessive,
                IsLoneFirstName = language == "fr" && first == last && NameLexicon.FirstNames.ContainsKey(tokens[first].Lower),
                // A caption glues its words to the next sentence's surname without punctuation: a name after a comma is
                // written whole ("her son, Emre Kaya, told" is not Nilufer Kaya).
                MayEndInGluedSurname = language == "en" ? !(i > 0 && tokens[i - 1].Text is "," or "(" or ":") : i > 0 && tokens[i - 1].Lower is "le" or "la" or "les" or "l'",
            };
            runs.Add(NameContext.Enrich(run with { Nationality = NationalityNear(tokens, first - (honorific is null ? 0 : 1), last) }, tokens, body));
            i = last + 1 == document ? document + 1 : last + 1;
        }

        return runs;
    }

    /// <summary>
    /// A capitalised article inside a sentence, before a name, belongs to it: newspapers and parties are named with theirs
    /// ("selon Les Echos", "a révélé Le Canard enchaîné", "told The Guardian", "Les Républicains").
    /// </summary>
    private static bool IsTitleArticle(IReadOnlyList<QuoteToken> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
        && tokens[i].Text is "Le" or "La" or "Les" or "The"
        && !(i + 2 < tokens.Count && RoleLexicon.IsRole(tokens[i + 2].Lower)); // "video The Housing Secretary said": a title, glued

    /// <summary>
    /// "Le Canard enchaîné révèle", ", Le Parisien libéré a rapporté": at the start of a sentence or after a comma, a
    /// capitalised article is the title's when the one-word name after it takes a newspaper's adjective before its verb.
    /// </summary>
    private static bool OpensWithTitle(IReadOnlyList<QuoteToken> tokens, int i, StopWordList stops) =>
        (i == 0 || tokens[i - 1].Is(",")) && tokens[i].Text is "Le" or "La" && i + 2 < tokens.Count && tokens[i + 1].IsCapitalized
        && !tokens[i + 2].IsCapitalized && TitleAdjective(tokens, i, i + 1, stops) == i + 2;

    /// <summary>Two words in capitals before a name are a glued heading ("TOP STORY Smith"); one is initials ("BBC News").</summary>
    private const int MinGluedHeadingWords = 2;

    /// <summary>"FN", "LR", "LREM", "EELV": a party's initials before a member's name.</summary>
    internal const int MaxPartyInitials = 5;

    /// <summary>"VIIème", "XVe", "IIIe", "Ier": a French ordinal in Roman numerals ("du VIIème arrondissement") is no name word.</summary>
    private static bool IsRomanOrdinal(string text)
    {
        var digits = 0;
        while (digits < text.Length && text[digits] is 'I' or 'V' or 'X' or 'L' or 'C')
        {
            digits++;
        }

        // A lone L or C would make ordinals of "Le" and "Ce".
        return digits > 0 && !(digits == 1 && text[0] is 'L' or 'C') && text[digits..] is "e" or "ème" or "eme" or "er" or "re" or "ère";
    }

    /// <summary>"the Countess of Wendover": a person whose title is their role ("the Countess said" is her).</summary>
    private static NameRun PeerageRun(IReadOnlyList<QuoteToken> tokens, int first, int last, string body)
    {
        var possessive = IsPossessive(tokens[last]);
        var end = possessive ? tokens[last].End - 2 : tokens[last].End;
        return new NameRun(first, last, body[tokens[first].Start..end], tokens[first].Start, end)
        {
            Role = tokens[first].Text,
            Gender = PeerageTitles.GenderOf(tokens[first].Lower),
            IsPossessive = possessive,
        };
    }

    public static bool IsPossessive(QuoteToken token) =>
        token.Text.Length > 2 && token.Text[^2] is '\'' or '\u2019' && token.Text[^1] is 's';

    private static PersonGender? HonorificAt(IReadOnlyList<QuoteToken> tokens, int i)
    {
        var t = tokens[i];
        return t.IsCapitalized && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
            && NameLexicon.Honorifics.TryGetValue(t.Lower.TrimEnd('.'), out var gender)
            ? gender
            : null;
    }

    /// <summary>
    /// French institutions keep lower-case words in their names: "Agence régionale de santé", "Syndicat de la librairie
    /// française", "Agence nationale de la sécurité des systèmes d'information". Stops at a verb, a clause word or punctuation.
    /// </summary>
    private static int ExtendInstitution(IReadOnlyList<QuoteToken> tokens, int last)
    {
        var end = last;
        for (var j = last + 1; j < tokens.Count && j - last <= 11; j++)
        {
            var t = tokens[j];
            if (!t.IsWord || SyntaxLexicon.IsSkippable(t) && t.Lower is not ("l'" or "en") || SpeechVerbs.IsSpeechVerb("fr", t.Lower)
                || InstitutionStops.Contains(t.Lower) && !ContinuesWithEtDe(tokens, j) || t.Lower is "la" or "l'" && !Particles.Contains(tokens[j - 1].Lower)
                || LooksConjugated(t.Lower))
            {
                break;
            }

            if (!Particles.Contains(t.Lower) && t.Lower != "et")
            {
                end = j;
            }
        }

        return end;
    }

    /// <summary>"Fonderie du Poitou fermera": future and imperfect endings end a name (nouns rarely end so).</summary>
    private static bool LooksConjugated(string lower) =>
        lower.Length > 5 && (lower.EndsWith("era", StringComparison.Ordinal) || lower.EndsWith("eront", StringComparison.Ordinal)
            || lower.EndsWith("ait", StringComparison.Ordinal) || lower.EndsWith("aient", StringComparison.Ordinal));

    private static readonly HashSet<string> InstitutionStops = new(StringComparer.Ordinal)
    {
        "qui", "que", "qu'", "dans", "pour", "sur", "par", "avec", "à", "au", "aux", "en", "selon", "le", "les", "un", "une",
        "et", "ou", "mais", "dont", "où", "depuis", "contre", "chez", "après", "avant", "vers", "entre", "sans",
    };
}
