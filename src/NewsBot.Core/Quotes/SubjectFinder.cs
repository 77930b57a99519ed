namespace NewsBot.Core.Quotes;

/// <summary>
/// Finds the subject of a speech verb in a clause's tokens: before it ("Jane Doe, chief executive of Acme, on Monday
/// said"), after it ("said the company", "a déclaré Binance"), or, for a participle after a comma ("..., déclarant à un
/// associé"), the clause's first name. Never crosses a quote mark.
/// </summary>
internal sealed partial class SubjectFinder(Discourse discourse)
{
    private const int MaxParenthetical = 30;
    private const int MaxNounPhrase = 5;
    private const int MaxTitle = 12;
    private const int MaxRoleTitle = 16;

    private static readonly HashSet<string> OwnerPrepositions = new(StringComparer.Ordinal)
    {
        "for", "of", "at", "de", "du", "chez", "d'", "from", "by",
    };

    public Subject? Before(IReadOnlyList<QuoteToken> t, int verb)
    {
        if (AddressComma(t, verb) is var address and > 0)
        {
            // The subject ends before the comma, or before the age that ends with it ("Terry Cooper, 79, from ...").
            return Before(t, t[address - 1].Text.All(char.IsAsciiDigit) ? address + 1 : address);
        }

        var j = SkipBack(t, verb - 1);
        if (j >= 0 && t[j].Is(","))
        {
            var k = j - 1;
            while (k >= 0 && j - k < MaxParenthetical && !t[k].Is(",") && (t[k].IsWord || !QuoteMarks.IsQuoteMark(t[k].Text[0])))
            {
                k--;
            }

            if (k < 0 || !t[k].Is(","))
            {
                return null;
            }

            // "The council's leader, Simon Hale, said": the name between the commas is the subject, its article too
            // ("The guard's union, the Federal Protective Workers Association, said").
            var a = k + 2 < j && t[k + 1].Lower is "the" or "le" or "la" or "l'" ? k + 2 : k + 1;
            a = SkipTitles(t, a, j - 1); // ", Me Paul Lombard,", ", Professor Simon Achebe,"

            if (EntitySubject(t, a, j) is { } apposed && apposed.Last == j - 1)
            {
                return apposed with { First = k + 1 };
            }

            j = SkipBack(t, k - 1);
        }

        if (j < 0 || !t[j].IsWord)
        {
            return null;
        }

        if (discourse.EntityAt(t[j].Start) is { } entity)
        {
            var m = j;
            while (m - 1 >= 0 && t[m - 1].IsWord && discourse.EntityAt(t[m - 1].Start) == entity)
            {
                m--;
            }

            if (AgentOf(t, m) is { } described)
            {
                return described; // "The panel run by the National College for Teaching said": the panel speaks
            }

            if (CloseToOwner(t, m, j) is { } close)
            {
                return close; // "L'entourage de Gérald Darmanin assure", "le frère de Nordahl Lelandais a déclaré"
            }

            if (ApposedPerson(t, m) is { } holder)
            {
                return holder; // "William Lowenstein, président de SOS Addiction a commenté": no comma closes the apposition
            }

            var role = m >= 2 && OwnerPrepositions.Contains(t[m - 1].Lower) && RoleLexicon.IsRole(t[m - 2].Lower) ? t[m - 2].Text : null;
            if (HeadOfStateOf(t, m, entity) is { } office)
            {
                return office with { Last = j }; // "l'ancien chef de l'État estime": the office holder, resolved from the passage
            }

            // "after Jason Chan boasted that": a conjunction that is also a preposition opens a clause whose subject speaks.
            if (role is null && IsPrepositionalObject(t, m) && !(m >= 1 && ClauseConjunctions.Contains(t[m - 1].Lower)))
            {
                if (InstitutionOf(t, m, j) is { } institution)
                {
                    return institution; // "Le ministère de l'Industrie a assuré"
                }

                // "Rob Kessler of Finley Research said": the person before the employer speaks.
                // "Tara Spires-Jones of the University of Edinburgh said": past the article too.
                var p = m >= 2 && SyntaxLexicon.Determiners.Contains(t[m - 1].Lower) ? m - 2 : m - 1;
                return p >= 1 && t[p].Lower is "of" or "at" or "from" or "de" or "chez" && discourse.EntityAt(t[p - 1].Start) is { Kind: SpeakerKind.Person } person
                    ? new Subject(p - 1, j) { Entity = person }
                    : null;
            }

            return new Subject(m, j) { Entity = entity, Role = role };
        }

        if (SyntaxLexicon.Pronouns.TryGetValue(t[j].Lower, out var pronoun))
        {
            return new Subject(j, j) { Pronoun = pronoun };
        }

        var phrase = NounPhraseEndingAt(t, j);
        return phrase is not null && AgentOf(t, phrase.First) is { } agent ? agent : phrase;
    }

    /// <summary>
    /// A subject starting at token <paramref name="k"/>: a name, a pronoun, a title before a name ("Mayor Linda Okafor",
    /// "le PDG d'Aerona, Pierre Valadier"), a determiner before a name ("la SNCF"), or a determiner and noun ("the mayor
    /// of X", "a study ... by X").
    /// </summary>
    public Subject? At(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k >= end || !t[k].IsWord)
        {
            return null;
        }

        if (EntitySubject(t, k, end) is { } named)
        {
            if (t[k].IsAllCaps && BareGroup(t, k, end) is { } group)
            {
                return group; // "US officials said": the initials describe the group that speaks
            }

            // "Education Secretary Ruth Adeyemi", "Kenya's environment minister, Joyce Wambui": the person after the title speaks.
            // "NASA chief scientist Ellen Stofan": lower-case title words before the role.
            if (named.Last + 1 < end && (RoleLexicon.IsRole(t[named.Last + 1].Lower) || NameRunFinder.IsPossessive(t[named.Last]) || TitleFollows(t, named.Last + 1, end))
                && RoleThenName(t, k, end) is { } employed)
            {
                return employed;
            }

            // "Walsh's father told reporters", "Acme's chief executive said": the noun the name owns is the subject.
            return NameRunFinder.IsPossessive(t[named.Last]) && named.Last + 1 < end && t[named.Last + 1].IsWord && !IsVerb(t[named.Last + 1].Lower)
                && DeterminedNounPhrase(t, named.Last, end) is { } owned ? owned with { First = k } : named;
        }

        if (SyntaxLexicon.Pronouns.TryGetValue(t[k].Lower, out var pronoun))
        {
            return new Subject(k, k) { Pronoun = pronoun };
        }

        if (RoleThenName(t, k, end) is { } titled)
        {
            return titled;
        }

        if (!t[k].IsCapitalized && k + 2 < end && t[k + 1].Lower is "from" or "by" or "de" or "du" or "d'" or "of"
            && IsSourceNoun(t[k].Lower) && EntitySubject(t, k + 2, end) is { } source)
        {
            return source with { First = k }; // "according to figures from NHS England"
        }

        return DeterminedNounPhrase(t, k, end);
    }

    /// <summary>Whether lower-case title words holding a role start at <paramref name="k"/>: "chief scientist", "mission scientist".</summary>
    private static bool TitleFollows(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        for (var j = k; j < end && j - k < 3 && t[j].IsWord && !t[j].IsCapitalized && !IsVerb(t[j].Lower); j++)
        {
            if (RoleLexicon.IsRole(t[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Terry Cooper, 79, from Taunton, Somerset, said", "Giggs, of Salford said": where the speaker is from sits between
    /// the name and the verb, and its last place name is not who speaks. The comma before "from" or "of",
    /// when every token from there to the verb belongs to the places (capitalised words, commas, the small words of names
    /// such as "Stratford-upon-Avon" or "Newcastle upon Tyne"); else -1.
    /// </summary>
    private static int AddressComma(IReadOnlyList<QuoteToken> t, int verb)
    {
        for (var j = verb - 1; j >= 1 && verb - j <= MaxAddress; j--)
        {
            if (t[j].Lower is "from" or "of")
            {
                return t[j - 1].Is(",") && j + 1 < verb && t[j + 1].IsCapitalized ? j - 1 : -1;
            }

            if (!(t[j].IsCapitalized || t[j].Is(",") || t[j].Is("-") || t[j].Lower is "upon" or "on" or "under" or "in"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"from Weston-super-Mare, North Somerset,": a town, its county, at most a few words each.</summary>
    private const int MaxAddress = 10;

    private static readonly HashSet<string> ClauseConjunctions = new(StringComparer.Ordinal)
    {
        "after", "before", "since", "until",
    };

    /// <summary>
    /// Back past auxiliaries, adverbs and adverbial phrases ("a de son côté prévenu", "a pour sa part estimé", "a quant à
    /// lui jugé") to the word before them.
    /// </summary>
    private static int SkipBack(IReadOnlyList<QuoteToken> t, int j)
    {
        while (j >= 0)
        {
            if (SyntaxLexicon.AdverbialPhraseEndingAt(t, j) is var length and > 0)
            {
                j -= length; // first: "lui" of "quant à lui" is skippable on its own, "à" is not
            }
            else if (SyntaxLexicon.IsSkippable(t[j]))
            {
                j--;
            }
            else
            {
                break;
            }
        }

        return j;
    }
}
