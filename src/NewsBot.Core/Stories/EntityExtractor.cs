using System.Globalization;
using NewsBot.Core.Language.StopWords;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// Finds the entities of an article in a language-neutral form: capitalised names, countries and demonyms (any language,
/// see <see cref="PlaceForms"/>), dates and numbers. Common words never count, whatever their frequency, so two articles
/// about different events that both say "government" share nothing. A capitalised word where capitals mean nothing (a
/// sentence's first word, a title-case headline, a subheading) counts only when the article also capitalises it mid-sentence.
/// </summary>
public static class EntityExtractor
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

    /// <summary>
    /// French and German write thousands with a space ("10 000", "4 000"), which the tokenizer splits; rejoin a number and
    /// the three-digit groups that follow it after one space, so "10 000 euros" and "10,000 euros" are the same number.
    /// </summary>
    private static List<string> JoinDigitGroups(string text, List<WordToken> tokens)
    {
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Value;
            while (char.IsDigit(word[0]) && i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End + 1
                && char.IsWhiteSpace(text[tokens[i].End]) && tokens[i + 1].Value is { Length: 3 } next && next.All(char.IsAsciiDigit))
            {
                word += next;
                i++;
            }

            words.Add(word);
        }

        return words;
    }

    private static bool IsFunctionWord(string word, string language)
    {
        var lower = word.ToLowerInvariant();
        return SentenceStarters.IsStarter(word) || StopWords.For(language).Contains(lower) || StopWords.For("en").Contains(lower);
    }

    private static void AddNumber(Dictionary<string, (EntityKind, int)> found, string folded, int nextIsMonth)
    {
        var digits = new string([.. folded.Where(char.IsDigit)]).TrimStart('0');
        if (digits.Length < 2 || (nextIsMonth > 0 && digits.Length <= 2))
        {
            // One digit is noise; a day before a month name is taken with the month.
            return;
        }

        Add(found, "#:" + digits, EntityKind.Number);
    }

    /// <summary>Adds a month with the day or year beside it; returns 1 when the next word was used.</summary>
    private static int AddDate(Dictionary<string, (EntityKind, int)> found, int month, string? previous, string? next)
    {
        var m = month.ToString("00", CultureInfo.InvariantCulture);
        if (Day(previous) is { } before)
        {
            Add(found, $"d:{m}-{before}", EntityKind.Date);
            return 0;
        }

        if (Day(next) is { } after)
        {
            Add(found, $"d:{m}-{after}", EntityKind.Date);
            return 1;
        }

        if (next is { Length: 4 } && int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            Add(found, $"d:{year}-{m}", EntityKind.Date);
            return 1;
        }

        Add(found, "m:" + m, EntityKind.Number);
        return 0;
    }

    private static string? Day(string? word) =>
        word is { Length: <= 2 } && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            ? day.ToString("00", CultureInfo.InvariantCulture) : null;

    private static void Add(Dictionary<string, (EntityKind Kind, int Count)> found, string key, EntityKind kind) =>
        found[key] = (kind, (found.TryGetValue(key, out var e) ? e.Count : 0) + 1);
}
