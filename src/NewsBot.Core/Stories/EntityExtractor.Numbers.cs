using System.Globalization;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>Numbers and dates: the same figure or day however a language writes it.</summary>
public static partial class EntityExtractor
{
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
}
