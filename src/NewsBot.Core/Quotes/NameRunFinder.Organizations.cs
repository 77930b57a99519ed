namespace NewsBot.Core.Quotes;

/// <summary>
/// Organisation names that hold lower-case connectors: "the Department of Health and Social Care", "the Food and Drug
/// Administration", "the Royal Society for the Protection of Birds", "the Department for Education". Cut at the connector,
/// such a name became its tail ("Social Care") and the tail spoke for the whole body.
/// </summary>
internal static partial class NameRunFinder
{
    private const int MaxConnectedWords = 5;

    private static bool HasOrganizationWord(IReadOnlyList<QuoteToken> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (NameLexicon.OrganizationWords.Contains(tokens[k].Lower) || SyntaxLexicon.InstitutionNouns.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOrganizationHead(string lower) =>
        NameLexicon.OrganizationWords.Contains(lower) || SyntaxLexicon.InstitutionNouns.Contains(lower) || lower is "administration";

    /// <summary>
    /// The last token of the name when the words after <paramref name="last"/> continue an organisation's name over "and",
    /// "for", "for the" or "of the"; -1 otherwise. "and" joins only when what follows ends with an organisation word and what
    /// precedes does not ("Apple Inc. and Microsoft Corp." stay two names).
    /// </summary>
    private static int OrganizationConnector(IReadOnlyList<QuoteToken> tokens, int first, int last)
    {
        var c = last + 1;
        if (c >= tokens.Count || tokens[c].Lower is not ("and" or "for" or "of"))
        {
            return -1;
        }

        var start = c + 1 < tokens.Count && tokens[c + 1].Lower == "the" && tokens[c].Lower != "and" ? c + 2 : c + 1;
        var end = start - 1;
        while (end + 1 < tokens.Count && end + 1 - start < MaxConnectedWords && tokens[end + 1].IsCapitalized
            && !RoleLexicon.IsRole(tokens[end + 1].Lower) && !SyntaxLexicon.Pronouns.ContainsKey(tokens[end + 1].Lower)
            && !NameLexicon.FirstNames.ContainsKey(tokens[end + 1].Lower))
        {
            end++;
        }

        if (end < start)
        {
            return -1;
        }

        return tokens[c].Lower switch
        {
            "and" => !(IsOrganizationHead(tokens[last].Lower) && last > first) && (IsOrganizationHead(tokens[end].Lower) || IsConnectedBody(tokens, first, last)) ? end : -1,
            "for" => HasOrganizationWord(tokens, first, last) || IsOrganizationHead(tokens[end].Lower) ? end : -1,
            _ => start == c + 2 && HasOrganizationWord(tokens, first, last) ? end : -1, // "of the": "Bank of the West"
        };
    }

    /// <summary>
    /// "Department for Work and Pensions": a body's head word, then of/for, then the "and" being joined; or a name of two
    /// words or more before of/for ("Citizens Advice Bureau of Leeds and Bradford": cut at "and", the body was its last
    /// place). A person is never joined: a first name after "and" ends the run before this is asked.
    /// </summary>
    private static bool IsConnectedBody(IReadOnlyList<QuoteToken> tokens, int first, int last)
    {
        var head = IsOrganizationHead(tokens[first].Lower);
        for (var k = first + 1; k < last; k++)
        {
            if (tokens[k].Lower is "of" or "for")
            {
                return head || k - first >= 2 && !NameLexicon.FirstNames.ContainsKey(tokens[first].Lower);
            }
        }

        return false;
    }

    /// <summary>
    /// A nationality word in the title before a name ("the French leader Emmanuel Macron", "The Irish president, Michael
    /// Higgins") or in the apposition after it ("Zverev, the German world number two,"), for "the German said" later.
    /// </summary>
    private static string? NationalityNear(IReadOnlyList<QuoteToken> tokens, int start, int last)
    {
        // Runs for every name: look words up only where a capitalised word could be a nationality, and check the words in
        // between only once one is found.
        for (var k = start - 1; k >= 0 && start - k <= 4; k--)
        {
            if (tokens[k].IsCapitalized && NationalityLexicon.KeyOf(tokens[k].Lower) is { } key)
            {
                return IsTitleBetween(tokens, k + 1, start) ? key : null;
            }

            if (!tokens[k].IsWord && !tokens[k].Is(","))
            {
                break;
            }
        }

        if (last + 2 < tokens.Count && tokens[last + 1].Is(","))
        {
            for (var k = last + 2; k < tokens.Count && k - last <= 5 && tokens[k].IsWord; k++)
            {
                if (tokens[k].IsCapitalized && NationalityLexicon.KeyOf(tokens[k].Lower) is { } key)
                {
                    return key;
                }
            }
        }

        return null;
    }

    /// <summary>Only a title stands between a nationality and a name: "the French leader X", not "the Association's Welsh council, X".</summary>
    private static bool IsTitleBetween(IReadOnlyList<QuoteToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.IsWord && !t.IsCapitalized && !RoleLexicon.IsRole(t.Lower) && !RoleLexicon.Modifiers.Contains(t.Lower)
                && !SyntaxLexicon.Determiners.Contains(t.Lower) && !t.Text.Any(char.IsDigit))
            {
                return false;
            }

            if (t.IsCapitalized && k < to - 1 && !RoleLexicon.IsRole(t.Lower) && !SyntaxLexicon.Determiners.Contains(t.Lower))
            {
                return false; // another name between
            }
        }

        return true;
    }
}
