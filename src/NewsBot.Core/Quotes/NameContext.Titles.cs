namespace NewsBot.Core.Quotes;

/// <summary>What the words right before and after a name say: a title, a definite article, an organisation's spokesperson.</summary>
internal static partial class NameContext
{
    /// <summary>
    /// "the Tate", "la Fnac" (a definite article right before a name: people do not take one), "Acme's spokesperson",
    /// "a Kingsbridge spokesperson", "Acme's board" (only organisations have spokespeople and boards).
    /// </summary>
    private static bool IsOrganizationByContext(NameRun run, IReadOnlyList<QuoteToken> tokens, int before)
    {
        if (!run.HasHonorific && before >= 0 && tokens[before].Lower is "the" or "le" or "la" or "l'" or "les"
            && !(before >= 1 && tokens[before - 1].Lower is "by" or "par"))
        {
            return true;
        }

        // "les conducteurs de Keolis Rennes", "workers at Harbour Logistics": the staff of a name work for an organisation.
        if (before >= 1 && tokens[before].Lower is "de" or "d'" or "du" or "of" or "at" or "chez" && StaffNouns.Contains(tokens[before - 1].Lower))
        {
            return true;
        }

        var next = run.Last + 1;
        return next < tokens.Count && tokens[next].IsWord && !tokens[next].IsCapitalized
            && (RoleLexicon.IsSpokesperson(tokens[next].Lower) || tokens[next].Lower is "board" or "shareholders" or "headquarters" or "subsidiary");
    }

    private static readonly HashSet<string> StaffNouns = new(StringComparer.Ordinal)
    {
        "salariés", "employés", "conducteurs", "contrôleurs", "ouvriers", "agents", "personnels", "cadres", "dirigeants",
        "actionnaires", "clients", "workers", "employees", "staff", "drivers", "shareholders", "customers", "executives",
    };

    private static NameRun TitleBefore(NameRun run, IReadOnlyList<QuoteToken> tokens, string body)
    {
        var j = run.First - (run.HasHonorific ? 2 : 1);
        if (j >= 0 && tokens[j].Is(","))
        {
            j--;
        }

        if (j >= 0 && j < run.First - 1 && !RoleLexicon.IsRole(tokens[j].Lower) && RoleWithComplement(tokens, j) is { } head)
        {
            // "La ministre des Outre-mer, Annick Girardin,", "The mayor of Brest, Paul Kerhervé,": an office and its
            // complement in apposition before the name.
            return run with { Role = body[tokens[head].Start..tokens[j].End], Gender = GenderOf(tokens, Math.Max(0, head - 1), j + 1, run.Gender) };
        }

        if (j < 0 || !RoleLexicon.IsRole(tokens[j].Lower))
        {
            return run;
        }

        if (j == run.First - 1 && run.First == run.Last && tokens[run.First].IsAllCaps && run.Name.Length <= NameRunFinder.MaxPartyInitials
            && run.Last + 1 < tokens.Count && !tokens[run.Last + 1].IsCapitalized && !SpeechVerbs.IsSpeechVerb("fr", tokens[run.Last + 1].Lower)
            && !SpeechVerbs.IsSpeechVerb("en", tokens[run.Last + 1].Lower))
        {
            return run; // "la maire LR du VIIème arrondissement": the initials are the holder's party, not the holder
        }

        var k = j;
        while (k - 1 >= 0 && j - k < 3 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized
            && (RoleLexicon.IsRole(tokens[k - 1].Lower) || RoleLexicon.Modifiers.Contains(tokens[k - 1].Lower)))
        {
            k--;
        }

        string? affiliation = null;
        if (k - 1 >= 0 && tokens[k - 1].IsCapitalized && Portfolios.Contains(tokens[k - 1].Lower))
        {
            k--; // "Foreign Minister Mevlut Cavusoglu", "Health Secretary Jeremy Hunt": the portfolio is part of the title
        }
        else if (k - 1 >= 0 && tokens[k - 1].IsCapitalized && !IsDemonym(tokens[k - 1].Lower))
        {
            var org = tokens[k - 1];
            affiliation = NameRunFinder.IsPossessive(org) ? org.Text[..^2] : org.Text;
        }

        return run with
        {
            Role = body[tokens[k].Start..tokens[j].End],
            Affiliation = affiliation,
            Gender = GenderOf(tokens, Math.Max(0, k - 1), j + 1, run.Gender),
        };
    }

    /// <summary>
    /// The role word of "the/la ROLE of/de COMPLEMENT" ending at <paramref name="end"/> (a comma before the name follows it),
    /// the complement being at most five words with no punctuation; null when the words before the comma are not one.
    /// </summary>
    private static int? RoleWithComplement(IReadOnlyList<QuoteToken> tokens, int end)
    {
        for (var p = end - 1; p >= 1 && end - p <= 5; p--)
        {
            if (!tokens[p].IsWord && tokens[p].Text is not "-")
            {
                return null;
            }

            if (tokens[p].Lower is "de" or "du" or "des" or "d'" or "of" && RoleLexicon.IsRole(tokens[p - 1].Lower)
                && p - 2 >= 0 && tokens[p - 2].Lower is "the" or "le" or "la" or "l'" or "les")
            {
                return p - 1;
            }
        }

        return null;
    }

    /// <summary>A minister's portfolio before the title: part of the office, not an employer.</summary>
    private static readonly HashSet<string> Portfolios = new(StringComparer.Ordinal)
    {
        "foreign", "finance", "home", "health", "defence", "defense", "interior", "justice", "education", "environment", "trade",
        "transport", "energy", "culture", "labour", "labor", "economy", "agriculture", "housing", "immigration", "business",
        "sports", "sport", "tourism", "equalities", "security", "communities", "treasury",
    };

    /// <summary>"Russian opposition leader": a nationality adjective is not an employer.</summary>
    private static bool IsDemonym(string lower) =>
        lower.EndsWith("an", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal)
        || lower.EndsWith("ais", StringComparison.Ordinal) || lower.EndsWith("aise", StringComparison.Ordinal) || lower.EndsWith("ien", StringComparison.Ordinal)
        || lower.EndsWith("ienne", StringComparison.Ordinal) || lower.EndsWith("aine", StringComparison.Ordinal) || lower.EndsWith("ain", StringComparison.Ordinal);
}
