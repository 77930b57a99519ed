using NewsBot.Core.Language.StopWords;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// Finds the entities of an article in a language-neutral form: capitalised names, countries and demonyms (any language,
/// see <see cref="PlaceForms"/>), dates and numbers. Common words never count, whatever their frequency, so two articles
/// about different events that both say "government" share nothing. A capitalised word where capitals mean nothing (a
/// sentence's first word, a title-case headline, a subheading) counts only when the article also capitalises it mid-sentence.
/// </summary>
public static partial class EntityExtractor
{
    public static IReadOnlyList<EntityFeature> Extract(StoryCandidate article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var found = new Dictionary<string, (EntityKind Kind, int Count)>(StringComparer.Ordinal);
        var unconfirmed = new Dictionary<string, int>(StringComparer.Ordinal);
        var language = article.Language.ToLowerInvariant();
        Scan(article.Title, headingLike: true, language, found, unconfirmed);
        foreach (var sentence in article.Sentences)
        {
            Scan(sentence.Text, sentence.IsHeading, language, found, unconfirmed);
        }

        foreach (var (key, count) in unconfirmed)
        {
            if (found.TryGetValue(key, out var entity))
            {
                found[key] = (entity.Kind, entity.Count + count);
            }
        }

        return [.. found.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new EntityFeature(p.Key, p.Value.Kind, p.Value.Count))];
    }

    private static void Scan(string text, bool headingLike, string language, Dictionary<string, (EntityKind, int)> found, Dictionary<string, int> unconfirmed)
    {
        var tokens = JoinDigitGroups(text, WordTokenizer.Tokenize(text).Where(t => !t.IsClitic).ToList());
        var folded = tokens.Select(EntityFolding.Fold).ToList();
        // Lower-case demonyms and months are entities in languages that write them so ("russes", "avril"); in English a
        // lower-case "march" or "turkey" is an ordinary word.
        var lowerCaseCounts = language != "en";
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, fold) = (tokens[i], folded[i]);
            var capitalised = char.IsUpper(word[0]);
            if (i + 1 < tokens.Count && PlaceForms.FindPair(fold, folded[i + 1]) is { } pair)
            {
                Add(found, "p:" + pair, EntityKind.Place);
                i++;
            }
            else if (char.IsDigit(word[0]))
            {
                AddNumber(found, fold, i + 1 < tokens.Count ? CalendarWords.Month(folded[i + 1]) : 0);
            }
            else if (PlaceForms.FindAcronym(word) is { } acronym)
            {
                Add(found, "p:" + acronym, EntityKind.Place);
            }
            else if (CalendarWords.Month(fold) is > 0 and var month && (capitalised || lowerCaseCounts))
            {
                i += AddDate(found, month, i > 0 ? folded[i - 1] : null, i + 1 < tokens.Count ? folded[i + 1] : null);
            }
            else if (CalendarWords.IsWeekday(fold))
            {
                continue;
            }
            else if (PlaceForms.Find(fold) is { } place && (capitalised || lowerCaseCounts))
            {
                Add(found, "p:" + place, EntityKind.Place);
            }
            else if (capitalised && word.Length >= 2 && !IsFunctionWord(word, language))
            {
                if (headingLike || i == 0)
                {
                    unconfirmed["n:" + fold] = unconfirmed.GetValueOrDefault("n:" + fold) + 1;
                }
                else
                {
                    Add(found, "n:" + fold, EntityKind.Name);
                }
            }
        }
    }

    private static bool IsFunctionWord(string word, string language)
    {
        var lower = word.ToLowerInvariant();
        return SentenceStarters.IsStarter(word) || StopWords.For(language).Contains(lower) || StopWords.For("en").Contains(lower);
    }

    private static void Add(Dictionary<string, (EntityKind Kind, int Count)> found, string key, EntityKind kind) =>
        found[key] = (kind, (found.TryGetValue(key, out var e) ? e.Count : 0) + 1);
}
