namespace NewsBot.Core.Quotes;

/// <summary>
/// Reads the words around a name for what they say about it: an apposition ("Jane Doe, chief executive of Acme,"), a title
/// before it ("Acme chief executive Jane Doe", "la porte-parole Marie Roux"), or a document it wrote ("a report by Reuters").
/// </summary>
internal static partial class NameContext
{
    private const int MaxAppositionTokens = 25;

    private static readonly HashSet<string> AffiliationPrepositions = new(StringComparer.Ordinal)
    {
        "of", "at", "for", "with", "chez", "de", "du", "des", "d'", "auprès", "from",
    };

    private static readonly HashSet<string> AuthorPrepositions = new(StringComparer.Ordinal) { "by", "de", "d'", "du", "from", "of" };

    public static NameRun Enrich(NameRun run, IReadOnlyList<QuoteToken> tokens, string body)
    {
        var result = run;
        if (!run.IsPossessive && run.Last + 2 < tokens.Count && tokens[run.Last + 1].Is(","))
        {
            result = Apposition(result, tokens, body);
        }

        if (result.Role is null)
        {
            result = TitleBefore(result, tokens, body);
        }

        var before = run.First - (run.HasHonorific ? 2 : 1);
        if (before >= 0 && (SyntaxLexicon.OrganizationNouns.Contains(tokens[before].Lower)
            || (before >= 1 && tokens[before].IsWord && !tokens[before].IsCapitalized && !RoleLexicon.IsRole(tokens[before].Lower)
                && SyntaxLexicon.OrganizationNouns.Contains(tokens[before - 1].Lower))))
        {
            result = result with { IsOrganization = true }; // "le groupe Laitière du Sud", "la start-up lyonnaise Axelis"
        }

        if (before >= 0 && !run.HasHonorific && KinLexicon.IsKin(tokens[before].Lower) && (tokens[before].Lower != "son" || before >= 1 && tokens[before - 1].Lower is "his" or "her" or "their"))
        {
            // "The star's eldest daughter Brandi", "son épouse Brigitte": the kin noun says who the name is.
            result = result with { IsRelative = true, Gender = result.Gender == PersonGender.Unknown ? KinLexicon.GenderOf(tokens[before].Lower) : result.Gender };
        }

        if (IsOrganizationByContext(run, tokens, before))
        {
            result = result with { IsOrganization = true };
        }

        if (before >= 1 && tokens[before].Lower is "at" or "chez" or "of" && tokens[before - 1].IsCapitalized)
        {
            result = result with { IsOrganization = true }; // "Rob Kessler of Finley Research", "X chez Binance"
        }

        if (before >= 1 && SyntaxLexicon.Determiners.Contains(tokens[before].Lower) && AuthorPrepositions.Contains(tokens[before - 1].Lower))
        {
            before--; // "a report by the Harwell Institute"
        }

        if (before >= 1 && AuthorPrepositions.Contains(tokens[before].Lower))
        {
            for (var k = before - 1; k >= Math.Max(0, before - 6); k--)
            {
                if (SyntaxLexicon.DocumentNouns.Contains(tokens[k].Lower))
                {
                    return result with { AuthorOf = tokens[k].Lower };
                }
            }
        }

        return result;
    }

    private static NameRun Apposition(NameRun run, IReadOnlyList<QuoteToken> tokens, string body)
    {
        var from = run.Last + 2;
        if (tokens[from].Lower is "qui" or "que" or "qu'" or "dont" or "où" or "lequel" or "laquelle" or "who" or "whom" or "whose" or "which" or "where")
        {
            // "le général Lecointre, qui a fourni avec la ministre des précisions ...": a relative clause says what the
            // person did, not what they are, though it may name a role ("la ministre" here is someone else).
            return run;
        }

        var to = from;
        var hasRole = false;
        var complement = false;
        var hasOrganizationNoun = false;
        while (to < tokens.Count && to - from < MaxAppositionTokens && (tokens[to].IsWord || tokens[to].Text is "-" or "'" or "\u2019" or "&"))
        {
            if (SpeechVerbs.IsSpeechVerb("en", tokens[to].Lower) || SpeechVerbs.IsSpeechVerb("fr", tokens[to].Lower))
            {
                return run; // "Nigeria, its director announced": a clause, not an apposition
            }

            if (hasRole && IsTitledPerson(tokens, to))
            {
                // "à Paris, l'ancien président de la République Nicolas Sarkozy rend hommage": the title is the next name's.
                return run;
            }

            // Only the head's role counts: in "Saint-Pierre et Miquelon, fief de la ministre" or "X, compagnon de la ministre",
            // the role word sits in a complement and belongs to someone else.
            complement |= !hasRole && to > from && AffiliationPrepositions.Contains(tokens[to].Lower);
            hasRole |= !complement && RoleLexicon.IsRole(tokens[to].Lower);
            hasOrganizationNoun |= !hasRole && SyntaxLexicon.OrganizationNouns.Contains(tokens[to].Lower);
            to++;
        }

        // "Camille, parti de Chartres": a first name is a person's, whatever the apposition seems to say.
        if (hasOrganizationNoun && to - from <= 8 && !NameLexicon.FirstNames.ContainsKey(tokens[run.First].Lower))
        {
            return run with { IsOrganization = true }; // "Lumeo, a London startup that ..."
        }

        // Only an apposition that names a role is kept: "Smith, who runs it," or "Paris, France," are not roles.
        if (!hasRole || to == from)
        {
            return run;
        }

        var role = body[tokens[from].Start..tokens[to - 1].End];
        string? affiliation = null;
        for (var k = from; k < to; k++)
        {
            if (k == from && tokens[k].IsCapitalized && NameRunFinder.IsPossessive(tokens[k]))
            {
                affiliation = tokens[k].Text[..^2];
            }
            else if (AffiliationPrepositions.Contains(tokens[k].Lower) && k + 1 < to && tokens[k + 1].IsCapitalized)
            {
                affiliation = CapitalisedRun(tokens, k + 1, to, body);
            }
        }

        return run with { Role = role, Affiliation = affiliation, Gender = GenderOf(tokens, from, to, run.Gender) };
    }

    /// <summary>
    /// A first name and a capitalised surname right after a title's words ("président de la République Nicolas Sarkozy"),
    /// not after a preposition ("the wife of John Smith", where the apposition still describes the name before it).
    /// </summary>
    private static bool IsTitledPerson(IReadOnlyList<QuoteToken> tokens, int k) =>
        k >= 1 && k + 1 < tokens.Count && tokens[k].IsCapitalized && tokens[k + 1].IsCapitalized
        && NameLexicon.FirstNames.ContainsKey(tokens[k].Lower)
        && !AffiliationPrepositions.Contains(tokens[k - 1].Lower) && !SyntaxLexicon.Determiners.Contains(tokens[k - 1].Lower);

    private static string CapitalisedRun(IReadOnlyList<QuoteToken> tokens, int from, int to, string body)
    {
        var last = from;
        while (last + 1 < to && (tokens[last + 1].IsCapitalized || (tokens[last + 1].Lower is "de" or "of" && last + 2 < to && tokens[last + 2].IsCapitalized)))
        {
            last++;
        }

        var text = body[tokens[from].Start..tokens[last].End];
        return NameRunFinder.IsPossessive(tokens[last]) ? text[..^2] : text;
    }

    private static PersonGender GenderOf(IReadOnlyList<QuoteToken> tokens, int from, int to, PersonGender known)
    {
        if (known != PersonGender.Unknown)
        {
            return known;
        }

        for (var k = from; k < to; k++)
        {
            if (RoleLexicon.Gendered.TryGetValue(tokens[k].Lower, out var gender))
            {
                return gender;
            }

            if (tokens[k].Lower is "la" && k + 1 < to && RoleLexicon.IsRole(tokens[k + 1].Lower))
            {
                return PersonGender.Female;
            }
        }

        return PersonGender.Unknown;
    }
}
