using NewsBot.Core.Quotes;

namespace NewsBot.Core.QuoteIndex;

/// <summary>
/// What the stored quotes say about a speaker beyond the name: the other keys that name them (aliases) and whether they are
/// a person. Every alias is a key <see cref="SpeakerMatcher"/> accepts for the name, so storing them only makes the
/// matcher's own answers fast to look up (and lets a later article saying "Kostarev" join "Gleb Kostarev").
/// </summary>
internal static class SpeakerForms
{
    public const string Person = "person";
    public const string Organization = "organization";

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "his" };
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "m", "mme", "mlle", "monsieur", "madame", "sir", "dame",
    };

    /// <summary>
    /// Alias keys of <paramref name="name"/>: its final words ("kostarev", "le maire"), its leading words when the rest is a
    /// legal suffix ("acme" for "Acme Corp."), name forms among the mentions ("M. Kostarev" → "kostarev") and an acronym
    /// mention made of the name's initials ("ecb" for "European Central Bank").
    /// </summary>
    public static IReadOnlyList<string> Aliases(string name, IEnumerable<string> mentions)
    {
        var key = SpeakerName.Normalize(name);
        // Split where the name has spaces, not inside its words: "Actucrypto.info" is not also "info".
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(SpeakerName.Normalize).Where(w => w.Length > 0).ToArray();
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < words.Length; i++)
        {
            AddIfMatch(aliases, string.Join(' ', words[i..]), key);
            AddIfMatch(aliases, string.Join(' ', words[..i]), key);
        }

        var initials = key.Contains(' ', StringComparison.Ordinal) ? string.Concat(key.Split(' ').Select(w => w[0])) : null;
        foreach (var mention in mentions)
        {
            var form = SpeakerName.Normalize(mention);
            if (form == initials)
            {
                aliases.Add(form);
            }
            else
            {
                AddIfMatch(aliases, form, key);
            }
        }

        aliases.Remove(key);
        return [.. aliases.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// "person" when a quote shows it (an organisation other than the speaker named as employer, a personal pronoun or an
    /// honorific in the mention); null when the quotes do not say. Organisations are known from being someone's employer.
    /// </summary>
    public static string? KindOf(string key, IEnumerable<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            if (quote.SpeakerAffiliation is { } org && SpeakerName.Normalize(org) is { Length: > 0 } orgKey && orgKey != key)
            {
                return Person;
            }

            var mention = SpeakerName.Normalize(quote.Mention);
            var first = quote.Mention.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
            if (PersonPronouns.Contains(mention) || (first is not null && Honorifics.Contains(first) && mention.Length > 0))
            {
                return Person;
            }
        }

        return null;
    }

    /// <summary>Asks the matcher rather than keeping a second list: "x ltd" matches "x" only because "ltd" is a legal suffix.</summary>
    private static bool IsLegalSuffix(string words) => SpeakerMatcher.Matches("x", "x " + words);

    private static void AddIfMatch(HashSet<string> aliases, string candidate, string key)
    {
        // Words of three letters or more only: "de", "la", "co" alone name nobody; nor does a legal suffix ("ltd", "group").
        if (candidate.Length >= 3 && candidate != key && !IsLegalSuffix(candidate) && SpeakerMatcher.Matches(candidate, key))
        {
            aliases.Add(candidate);
        }
    }
}
