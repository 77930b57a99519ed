using System.Buffers;

namespace NewsBot.Core.Quotes;

/// <summary>Character rules for quote marks: which family a mark belongs to and whether, in context, it opens or closes.</summary>
internal static class QuoteMarks
{
    public static QuoteFamily FamilyOf(char c) => c switch
    {
        '\u201C' or '\u201D' => QuoteFamily.Curly,
        '\u201E' => QuoteFamily.Low9,
        '\u00AB' or '\u00BB' => QuoteFamily.Guillemet,
        '\u2039' or '\u203A' => QuoteFamily.SingleGuillemet,
        '"' => QuoteFamily.Straight,
        '\u2018' or '\u2019' or '\'' => QuoteFamily.Single,
        _ => QuoteFamily.None,
    };

    public static bool IsQuoteMark(char c) => FamilyOf(c) != QuoteFamily.None;

    /// <summary>Every character <see cref="FamilyOf"/> places in a family, for vectorised searches over the body.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\"\u2018\u2019'");

    /// <summary>Marks that can only ever close (a stray one with nothing open is ignored).</summary>
    public static bool ClosesOnly(char c) => c is '\u201D' or '\u00BB' or '\u203A' or '\u2019';

    /// <summary>Marks that normally open; “ and « may still close when misused (see <see cref="LooksLikeMisusedClose"/>).</summary>
    public static bool OpensOnly(char c) => c is '\u201C' or '\u201E' or '\u00AB' or '\u2039' or '\u2018';

    /// <summary>Whether mark <paramref name="c"/> can close a quote of <paramref name="family"/> (German „...“ closes with “).</summary>
    public static bool CanClose(char c, QuoteFamily family) => family switch
    {
        QuoteFamily.Curly => c is '\u201D' or '\u201C',
        QuoteFamily.Low9 => c is '\u201C' or '\u201D',
        QuoteFamily.Guillemet => c is '\u00BB' or '\u00AB',
        QuoteFamily.SingleGuillemet => c is '\u203A',
        QuoteFamily.Straight => c is '"',
        QuoteFamily.Single => c is '\u2019' or '\'',
        _ => false,
    };

    /// <summary>
    /// An opening mark used as a closing one, as scraped French text does: it is glued to the word before it, or only
    /// spaces separate it from punctuation or the paragraph end ("russes « , a déclaré", "l'heure« .").
    /// </summary>
    public static bool LooksLikeMisusedClose(string body, int paragraphEnd, int i)
    {
        var next = SkipSpaces(body, i + 1, paragraphEnd);
        if (next >= paragraphEnd || body[next] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '\u2026')
        {
            return true;
        }

        return i > 0 && !IsSpace(body[i - 1]) && next > i + 1;
    }

    /// <summary>A closing single quote or apostrophe closes only after a non-space and before a non-letter ("Binance’s" does not).</summary>
    public static bool IsPlausibleSingleClose(string body, int paragraphEnd, int i) =>
        i > 0 && !IsSpace(body[i - 1]) && (i + 1 >= paragraphEnd || !char.IsLetterOrDigit(body[i + 1]));

    /// <summary>An opening mark must be followed by text; straight and single quotes must also start a word.</summary>
    public static bool IsPlausibleOpen(string body, int paragraphStart, int paragraphEnd, int i)
    {
        var next = SkipSpaces(body, i + 1, paragraphEnd);
        if (next >= paragraphEnd)
        {
            return false;
        }

        var c = body[i];
        if (c is '"' or '\'' or '\u2018')
        {
            var startsWord = i == paragraphStart || IsSpace(body[i - 1]) || body[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or '/';
            return startsWord && next == i + 1 && (char.IsLetterOrDigit(body[next]) || body[next] is '.' or '\u2026');
        }

        return true;
    }

    public static int SkipSpaces(string body, int from, int end)
    {
        while (from < end && IsSpace(body[from]))
        {
            from++;
        }

        return from;
    }

    public static int TrimSpacesBack(string body, int start, int end)
    {
        while (end > start && IsSpace(body[end - 1]))
        {
            end--;
        }

        return end;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c);
}
