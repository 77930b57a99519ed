namespace NewsBot.Core.Quotes;

/// <summary>The name-shaped subjects: a name with its title, employer or document, and names that are not subjects.</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>A name at <paramref name="k"/>, with an organisation noun right after it ("the Aslef union").</summary>
    private Subject? EntitySubject(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        if (k >= end || !t[k].IsWord || discourse.EntityAt(t[k].Start) is not { } entity)
        {
            return null;
        }

        var m = k;
        while (m + 1 < end && (t[m + 1].IsWord || t[m + 1].Text is "'" or "\u2019") && discourse.EntityAt(t[m + 1].Start) == entity) // "Farmers' Union"
        {
            m++;
        }

        if (m + 1 < end && entity.Kind != SpeakerKind.Person && t[m + 1].Lower is "police" && !t[m + 1].IsCapitalized)
        {
            return new Subject(k, m + 1) { Head = "police", Institution = k }; // "Denver police said": the force, not the city
        }

        if (m + 1 < end && SyntaxLexicon.OrganizationNouns.Contains(t[m + 1].Lower))
        {
            m++;
        }

        return new Subject(k, m) { Entity = entity };
    }

    /// <summary>Role words, honorifics and an employer before a name: "chief financial officer Mei Lin", "la maire de X, Nathalie Vernet".</summary>
    private Subject? RoleThenName(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        var sawRole = false;
        var sawOwner = false; // a preposition after the role: "de la fédération CGT des ports, Tony Hautbois"
        for (var j = k; j < end && j - k < MaxRoleTitle; j++)
        {
            var token = t[j];
            if (token.IsWord && ClauseOpeners.Contains(token.Lower))
            {
                return null; // "..., while Alexis informed him that": a new clause, not a title before the name
            }

            if (token.IsWord && discourse.EntityAt(token.Start) is { } entity)
            {
                var subject = EntitySubject(t, j, end)!;
                // "la secrétaire générale de la CGT, Sophie Binet": the employer may follow its preposition through an article.
                var employer = (j > k && (OwnerPrepositions.Contains(t[j - 1].Lower) || t[j - 1].Lower == "des" && j - 1 > k)) || (sawOwner && !t[j - 1].Is(",") && entity.Kind == SpeakerKind.Organization)
                    || (j - 1 > k && SyntaxLexicon.Determiners.Contains(t[j - 1].Lower) && OwnerPrepositions.Contains(t[j - 2].Lower))
                    || NameRunFinder.IsPossessive(t[subject.Last])
                    || (subject.Last + 1 < end && RoleLexicon.IsRole(t[subject.Last + 1].Lower)) // "Education Secretary Ruth Adeyemi"
                    || (j == k && entity.Kind != SpeakerKind.Person && TitleFollows(t, subject.Last + 1, end)); // "NASA chief scientist Ellen Stofan"
                if (!employer)
                {
                    // "le prévisionniste François Gourand": a determiner and a noun before a person's name also describe them.
                    // "conductor Ilse Brandt": one lower-case title word right before a person's name, known or not.
                    var described = (SyntaxLexicon.Determiners.Contains(t[k].Lower) && j - k <= 3) || j - k == 1;
                    // "the administrators, KPMG, said": an organisation in apposition to a noun.
                    // "a spokeswoman for the operator, Southern Rail, said": the employer named in apposition speaks.
                    // "a indiqué le site officiel de la justice iranienne, Mizan Online": a longer description without a role too.
                    var apposed = t[j - 1].Is(",") && SyntaxLexicon.Determiners.Contains(t[k].Lower)
                        && (j - k <= 4 || (sawOwner && entity.Kind == SpeakerKind.Organization) || !sawRole);
                    return ((sawRole || described) && entity.Kind == SpeakerKind.Person) || apposed ? subject with { First = k } : null;
                }

                j = subject.Last;
                continue;
            }

            if (token.IsWord && (RoleLexicon.IsRole(token.Lower) || NameLexicon.Honorifics.ContainsKey(token.Lower.TrimEnd('.'))))
            {
                sawRole = true;
            }
            else if (token.IsWord && !sawOwner && NationalityLexicon.IsNationality(token.Lower))
            {
                // "German Chancellor Angela Merkel told", "said French President Emmanuel Macron": the nationality qualifies the title.
            }
            else if (j == k && token.IsCapitalized && !SyntaxLexicon.Determiners.Contains(token.Lower) && TitleFollows(t, j + 1, end))
            {
                // "NASA chief scientist Ellen Stofan": an employer the article never names elsewhere opens the title.
            }
            else if (sawRole && OwnerPrepositions.Contains(token.Lower))
            {
                sawOwner = true;
            }
            else if (!(token.IsWord && !token.IsCapitalized && !SpeechVerbs.IsSpeechVerb("en", token.Lower) && !SpeechVerbs.IsSpeechVerb("fr", token.Lower))
                && !(token.Is(",") && (sawRole || (j + 1 < end && discourse.IsNamed(t[j + 1].Start))))
                && !(sawOwner && token.IsWord)) // "of the British Medical Association's Welsh council"
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Conjunctions that open a clause and never stand inside a title ("et" and "and" do: "ministre de X et Y").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "while", "whilst", "whereas", "although", "though", "because", "but", "when", "tandis", "lorsque", "quand", "mais", "car",
    };

    /// <summary>Honorifics and role words opening an apposition before its name, at most two.</summary>
    private static int SkipTitles(IReadOnlyList<QuoteToken> t, int a, int last)
    {
        var from = a;
        while (a < last && a - from < 2 && (NameLexicon.Honorifics.ContainsKey(t[a].Lower.TrimEnd('.')) || RoleLexicon.IsRole(t[a].Lower)))
        {
            a++;
        }

        return a;
    }

    /// <summary>"a study published on Wednesday by the Lisbon Climate Institute": the author named after a document noun.</summary>
    private SpeakerEntity? AuthorAhead(IReadOnlyList<QuoteToken> t, int from, int end)
    {
        for (var j = from; j + 1 < end && j - from < MaxTitle; j++)
        {
            if (!t[j].IsWord)
            {
                return null;
            }

            if (t[j].Lower is "by" or "par" or "de" or "d'" or "du" or "from")
            {
                var next = j + 1 < end && SyntaxLexicon.Determiners.Contains(t[j + 1].Lower) ? j + 2 : j + 1;
                if (next < end && discourse.EntityAt(t[next].Start) is { } author)
                {
                    return author;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "the case against Navalny declared": a name after a preposition is not the subject, unless it is the author of a
    /// document ("a report by Reuters", "un article de Reuters").
    /// </summary>
    private static bool IsPrepositionalObject(IReadOnlyList<QuoteToken> t, int m)
    {
        if (m > 1 && t[m - 1].Lower == "des" && t[m - 2].IsWord && !SyntaxLexicon.IsSkippable(t[m - 2]))
        {
            return !RoleLexicon.IsRole(t[m - 2].Lower); // "le ministère des Armées": "des" is "de les" here
        }

        if (m > 1 && t[m - 1].IsWord && SyntaxLexicon.Determiners.Contains(t[m - 1].Lower))
        {
            m--; // "contre la Russie": look past the article
        }

        if (m == 0 || !t[m - 1].IsWord)
        {
            return false;
        }

        var preposition = t[m - 1].Lower;
        if (preposition is "by" or "par")
        {
            return false;
        }

        if (OwnerPrepositions.Contains(preposition))
        {
            return m < 2 || !SyntaxLexicon.DocumentNouns.Contains(t[m - 2].Lower) && !RoleLexicon.IsRole(t[m - 2].Lower);
        }

        return Prepositions.Contains(preposition);
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "against", "about", "with", "on", "to", "in", "into", "over", "under", "after", "before", "without", "between", "among",
        "toward", "towards", "like", "than", "contre", "avec", "sur", "pour", "sans", "entre", "vers", "dans", "en", "à", "au",
        "aux", "après", "avant", "comme", "lors",
    };
}
