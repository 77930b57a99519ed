namespace NewsBot.Core.Quotes;

/// <summary>
/// Whether a user's query names a stored speaker: the same normalised name (<see cref="SpeakerName"/>), a known alias, the
/// surname of a person ("Kostarev", "M. Dupont" for "Jean Dupont"), an organisation without its legal suffix ("Acme"
/// for "Acme Corp.") or its article ("Le Parisien" for "Parisien", which "du Parisien" leaves). Case, accents and
/// honorifics never matter.
/// </summary>
public static class SpeakerMatcher
{
    public static bool Matches(string query, string speaker, IEnumerable<string>? aliases = null)
    {
        var q = SpeakerName.Normalize(query);
        if (q.Length == 0)
        {
            return false;
        }

        if (MatchesName(q, SpeakerName.Normalize(speaker)))
        {
            return true;
        }

        return aliases is not null && aliases.Any(a => MatchesName(q, SpeakerName.Normalize(a)));
    }

    /// <summary><see cref="Matches"/> for names already normalised, so a caller comparing many pairs folds each name once.</summary>
    internal static bool MatchesNormalized(string queryKey, string speakerKey) => queryKey.Length > 0 && MatchesName(queryKey, speakerKey);

    private static bool MatchesName(string query, string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        if (query == name || StripSuffixes(query) == StripSuffixes(name))
        {
            return true;
        }

        // "Le Parisien" is the "Parisien" of "selon nos confrères du Parisien"; "The Guardian" is "Guardian".
        var (bareQuery, bareName) = (StripArticle(query), StripArticle(name));
        if ((bareQuery.Length != query.Length || bareName.Length != name.Length) && StripSuffixes(bareQuery) == StripSuffixes(bareName))
        {
            return true;
        }

        // A surname (one or more final words) names the person: "le maire" matches "bruno le maire".
        return name.EndsWith(" " + query, StringComparison.Ordinal);
    }

    /// <summary>The name without a leading article ("le", "la", "les", "l'", "the") when words follow it.</summary>
    private static string StripArticle(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && name.AsSpan(0, space) is "le" or "la" or "les" or "l" or "the" ? name[(space + 1)..] : name;
    }

    /// <summary>The name without its trailing legal suffixes; the name itself (no copy) when it has none, the usual case.</summary>
    private static string StripSuffixes(string name)
    {
        var end = name.Length;
        for (var space = name.LastIndexOf(' '); space >= 0 && IsLegalSuffix(name.AsSpan(space + 1, end - space - 1)); space = end > 0 ? name.LastIndexOf(' ', end - 1) : -1)
        {
            end = space;
        }

        return end == name.Length ? name : name[..end];
    }

    private static bool IsLegalSuffix(ReadOnlySpan<char> word) =>
        word is "inc" or "corp" or "corporation" or "ltd" or "llc" or "plc" or "sa" or "sas" or "sarl" or "ag" or "gmbh"
            or "nv" or "bv" or "spa" or "co" or "cie" or "group" or "groupe" or "holding" or "holdings" or "limited";
}
