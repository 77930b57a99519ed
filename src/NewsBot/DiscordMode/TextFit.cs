namespace NewsBot.DiscordMode;

/// <summary>
/// Shortens text to a Discord limit without cutting a word in half: at the last sentence end that keeps most of the text,
/// else at the last space, and marks the cut with an ellipsis. Text within the limit is returned unchanged.
/// </summary>
public static class TextFit
{
    public const string Ellipsis = "…";

    /// <summary>A sentence boundary is only used when it keeps at least this share of the allowed length.</summary>
    private const double SentenceShare = 0.6;

    public static string Fit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= Ellipsis.Length)
        {
            return max == 0 ? string.Empty : Ellipsis[..max];
        }

        var room = max - Ellipsis.Length;
        var window = text.AsSpan(0, room);
        var sentence = LastSentenceEnd(window);
        if (sentence >= room * SentenceShare)
        {
            var kept = window[..sentence].TrimEnd();
            return kept.Length + 1 + Ellipsis.Length <= max ? string.Concat(kept, " ", Ellipsis) : string.Concat(kept, Ellipsis);
        }

        var space = window.LastIndexOfAny(' ', '\n');
        // A single giant word (a URL, a hash) has no boundary worth keeping: cut it hard.
        var cut = space >= room / 2 ? space : room;
        return string.Concat(window[..cut].TrimEnd(), Ellipsis);
    }

    /// <summary>The index just after the last '.', '!', '?' (or '…') that is followed by whitespace within the window.</summary>
    private static int LastSentenceEnd(ReadOnlySpan<char> window)
    {
        for (var i = window.Length - 2; i > 0; i--)
        {
            if (window[i] is '.' or '!' or '?' or '…' && char.IsWhiteSpace(window[i + 1]))
            {
                return i + 1;
            }
        }

        return -1;
    }
}
