namespace NewsBot.Core.Quotes;

/// <summary>
/// Decides what a name is (person or organisation) and which earlier entity it is: the same name, a surname of an earlier
/// person, a short form of an earlier organisation, or a fuller form of an earlier short name (which then becomes canonical).
/// </summary>
internal static class EntityRegistry
{
    public static SpeakerEntity Merge(List<SpeakerEntity> entities, NameRun run)
    {
        var words = SpeakerName.Normalize(run.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var organization = run.IsOrganization || run.Name.Contains('&', StringComparison.Ordinal) || words.Any(NameLexicon.OrganizationWords.Contains) || IsDomainName(run.Name)
            || (words.Length == 1 && run.Name.Length >= 2 && run.Name.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        var firstName = (words.Length > 1 || (run.IsLoneFirstName && !organization)) && NameLexicon.FirstNames.TryGetValue(words[0], out var g) ? g : (PersonGender?)null;
        var strongPerson = run.HasHonorific || firstName is not null || ((run.Role is not null || run.IsRelative) && !organization);
        // "Météo-France", "Saint-Gobain": one hyphenated word is not a first name and a surname.
        var person = !organization && (strongPerson || (words.Length >= 2 && run.Name.Contains(' ', StringComparison.Ordinal)));
        var gender = run.Gender != PersonGender.Unknown ? run.Gender : firstName ?? PersonGender.Unknown;

        var entity = Find(entities, words, person || strongPerson);
        if (entity is null)
        {
            entity = new SpeakerEntity(run.Name, person ? SpeakerKind.Person : SpeakerKind.Organization) { IsEstablishedOrganization = organization };
            entities.Add(entity);
        }
        else if (words.Length > entity.Words.Length)
        {
            entity.Name = run.Name; // the fuller form is the canonical one
        }

        entity.IsStrongPerson |= strongPerson;
        if (strongPerson || (person && entity.Kind == SpeakerKind.Organization && !entity.IsEstablishedOrganization))
        {
            entity.Kind = SpeakerKind.Person;
        }

        entity.Gender = entity.Gender == PersonGender.Unknown ? gender : entity.Gender;
        entity.Role ??= run.Role;
        entity.Affiliation ??= run.Affiliation;
        entity.IsEstablishedOrganization |= organization && entity.Kind == SpeakerKind.Organization;
        return entity;
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "du", "des", "d", "l", "la", "le", "of", "the", "and", "et", "&" };

    /// <summary>
    /// Whether <paramref name="acronym"/> is the initials of <paramref name="words"/> without their particles; compared in
    /// place because it is asked for every one-word name against every organisation seen so far.
    /// </summary>
    private static bool IsInitialsOf(string acronym, string[] words)
    {
        var n = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            if (n >= acronym.Length || acronym[n] != word[0])
            {
                return false;
            }

            n++;
        }

        return n == acronym.Length;
    }

    /// <summary>"Actucrypto.info" is an organisation; the points of initials ("T. J. Parker") and of "St." are not.</summary>
    private static bool IsDomainName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot + 1 < name.Length && char.IsLower(name[dot + 1]);
    }

    /// <summary>Affiliations become the canonical names of the organisations they name, which count as established.</summary>
    public static void LinkAffiliations(List<SpeakerEntity> entities)
    {
        foreach (var person in entities.Where(e => e.Affiliation is not null))
        {
            var key = SpeakerName.Normalize(person.Affiliation);
            var org = entities.FirstOrDefault(e => e != person && e.Key == key)
                ?? entities.FirstOrDefault(e => e != person && SpeakerMatcher.MatchesNormalized(key, e.Key));
            if (org is not null)
            {
                person.Affiliation = org.Name;
                if (org.Kind == SpeakerKind.Person && !org.IsStrongPerson)
                {
                    org.Kind = SpeakerKind.Organization; // "Helen Marsh, director of projects at Island Link": an employer
                }

                if (org.Kind == SpeakerKind.Organization)
                {
                    org.IsEstablishedOrganization = true;
                }
            }
        }
    }

    private static readonly HashSet<string> GenerationalSuffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    private static SpeakerEntity? Find(List<SpeakerEntity> entities, string[] words, bool personLike)
    {
        var key = string.Join(' ', words);
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            if (entities[i].Key == key)
            {
                return entities[i];
            }
        }

        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var known = entities[i].Words;
            if (known.Length == 0)
            {
                continue;
            }

            // "Kostarev" / "Le Maire" after "Gleb Kostarev" / "Bruno Le Maire": a person's final words, before a generational
            // suffix ("Stancil" after "Kenneth Morgan Stancil III", "King" after "Martin Luther King Jr.").
            var core = known.Length > 2 && GenerationalSuffixes.Contains(known[^1]) ? known.AsSpan(0, known.Length - 1) : known.AsSpan();
            if (words.Length < core.Length && entities[i].Kind == SpeakerKind.Person && core[(core.Length - words.Length)..].SequenceEqual(words))
            {
                return entities[i];
            }

            // "Arjun" after "Arjun Mehta": children, athletes and artists are often called by their first name.
            if (words.Length == 1 && known.Length >= 2 && entities[i].Kind == SpeakerKind.Person && known[0] == words[0]
                && entities.Count(e => e.Kind == SpeakerKind.Person && e.Words.Length >= 2 && e.Words[0] == words[0]) == 1)
            {
                return entities[i];
            }

            // "OM" after "Olympique de Marseille", "RTE" after "Réseau de transport d'électricité": an acronym of its initials
            // ("The TSA" too: a capitalised article before an acronym is not part of it).
            if (words.Length == 2 && words[0] == "the" && words[1].Length >= 2 && entities[i].Kind == SpeakerKind.Organization && known.Length >= 2
                && IsInitialsOf(words[1], known))
            {
                return entities[i];
            }

            if (words.Length == 1 && words[0].Length >= 2 && entities[i].Kind == SpeakerKind.Organization && known.Length >= 2
                && IsInitialsOf(words[0], known))
            {
                return entities[i];
            }

            // "Acme" after "Acme Corp.": an organisation's leading words.
            if (words.Length < known.Length && entities[i].Kind == SpeakerKind.Organization && known.AsSpan(0, words.Length).SequenceEqual(words)
                && known.Skip(words.Length).All(NameLexicon.OrganizationWords.Contains))
            {
                return entities[i];
            }

            // "John Smith" after a bare "Smith": the fuller name of a name seen alone.
            if (personLike && known.Length < words.Length && words.AsSpan(words.Length - known.Length).SequenceEqual(known)
                && (entities[i].Kind == SpeakerKind.Person || !entities[i].IsEstablishedOrganization))
            {
                return entities[i];
            }
        }

        return null;
    }
}
