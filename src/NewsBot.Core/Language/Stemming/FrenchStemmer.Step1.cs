namespace NewsBot.Core.Language.Stemming;

/// <summary>
/// French step 1, standard suffixes. Returns true when it removed an ending; the adverb endings (-amment, -emment, -ment)
/// change the word but return false, because the verb steps must still run after them.
/// </summary>
public sealed partial class FrenchStemmer
{
    private static readonly (string Suffix, char Group)[] Step1Suffixes = Build(
        ("ance iqUe isme able iste eux ances iqUes ismes ables istes", 'A'),
        ("atrice ateur ation atrices ateurs ations", 'B'), ("logie logies", 'C'), ("usion ution usions utions", 'D'),
        ("ence ences", 'E'), ("ement ements", 'F'), ("ité ités", 'G'), ("if ive ifs ives", 'H'), ("eaux", 'I'),
        ("aux", 'J'), ("euse euses", 'K'), ("issement issements", 'L'), ("amment", 'M'), ("emment", 'N'),
        ("ment ments", 'O'));

    internal static (string Suffix, char Group)[] Build(params (string Suffixes, char Group)[] groups) =>
        [.. groups.SelectMany(g => g.Suffixes.Split(' ').Select(s => (s, g.Group))).OrderByDescending(e => e.Item1.Length)];

    internal static (string Suffix, char Group)? Longest(string text, (string Suffix, char Group)[] table, int limit)
    {
        foreach (var entry in table)
        {
            if (text.Length - entry.Suffix.Length >= limit && text.EndsWith(entry.Suffix, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    private static bool StandardSuffix(Word w)
    {
        if (Longest(w.Text, Step1Suffixes, 0) is not var (suffix, group))
        {
            return false;
        }

        var start = w.At(suffix.Length);
        switch (group)
        {
            case 'A' when start >= w.R2:
                w.Replace(suffix.Length, string.Empty);
                return true;
            case 'B' when start >= w.R2:
                w.Replace(suffix.Length, string.Empty);
                DeleteInR2OrReplace(w, "ic", "iqU");
                return true;
            case 'C' when start >= w.R2:
                w.Replace(suffix.Length, "log");
                return true;
            case 'D' when start >= w.R2:
                w.Replace(suffix.Length, "u");
                return true;
            case 'E' when start >= w.R2:
                w.Replace(suffix.Length, "ent");
                return true;
            case 'F' when start >= w.Rv:
                w.Replace(suffix.Length, string.Empty);
                AfterEment(w);
                return true;
            case 'G' when start >= w.R2:
                w.Replace(suffix.Length, string.Empty);
                AfterIte(w);
                return true;
            case 'H' when start >= w.R2:
                w.Replace(suffix.Length, string.Empty);
                if (w.EndsWith("at") && w.At(2) >= w.R2)
                {
                    w.Replace(2, string.Empty);
                    DeleteInR2OrReplace(w, "ic", "iqU");
                }

                return true;
            case 'I':
                w.Replace(suffix.Length, "eau");
                return true;
            case 'J' when start >= w.R1:
                w.Replace(suffix.Length, "al");
                return true;
            case 'K' when start >= w.R2:
                w.Replace(suffix.Length, string.Empty);
                return true;
            case 'K' when start >= w.R1:
                w.Replace(suffix.Length, "eux");
                return true;
            case 'L' when start >= w.R1 && !IsVowel(w.Before(suffix.Length)) && w.Before(suffix.Length) != '\0':
                w.Replace(suffix.Length, string.Empty);
                return true;
            case 'M' when start >= w.Rv:
                w.Replace(suffix.Length, "ant");
                return false;
            case 'N' when start >= w.Rv:
                w.Replace(suffix.Length, "ent");
                return false;
            case 'O' when start - 1 >= w.Rv && IsVowel(w.Before(suffix.Length)):
                w.Replace(suffix.Length, string.Empty);
                return false;
            default:
                return false;
        }
    }

    private static void DeleteInR2OrReplace(Word w, string ending, string replacement)
    {
        if (w.EndsWith(ending))
        {
            w.Replace(ending.Length, w.At(ending.Length) >= w.R2 ? string.Empty : replacement);
        }
    }

    private static void AfterEment(Word w)
    {
        if (w.EndsWith("iv"))
        {
            if (w.At(2) >= w.R2)
            {
                w.Replace(2, string.Empty);
                if (w.EndsWith("at") && w.At(2) >= w.R2)
                {
                    w.Replace(2, string.Empty);
                }
            }
        }
        else if (w.EndsWith("eus"))
        {
            if (w.At(3) >= w.R2)
            {
                w.Replace(3, string.Empty);
            }
            else if (w.At(3) >= w.R1)
            {
                w.Replace(3, "eux");
            }
        }
        else if ((w.EndsWith("abl") || w.EndsWith("iqU")) && w.At(3) >= w.R2)
        {
            w.Replace(3, string.Empty);
        }
        else if ((w.EndsWith("ièr") || w.EndsWith("Ièr")) && w.At(3) >= w.Rv)
        {
            w.Replace(3, "i");
        }
    }

    private static void AfterIte(Word w)
    {
        if (w.EndsWith("abil"))
        {
            w.Replace(4, w.At(4) >= w.R2 ? string.Empty : "abl");
        }
        else if (w.EndsWith("ic"))
        {
            w.Replace(2, w.At(2) >= w.R2 ? string.Empty : "iqU");
        }
        else if (w.EndsWith("iv") && w.At(2) >= w.R2)
        {
            w.Replace(2, string.Empty);
        }
    }
}
