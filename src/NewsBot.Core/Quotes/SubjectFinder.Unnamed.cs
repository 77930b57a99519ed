namespace NewsBot.Core.Quotes;

/// <summary>
/// Subjects for speakers the article never names (see <see cref="EnglishUnnamedSpeakers"/>): a bare plural group ("residents
/// said") and a source tied to what it knows ("a source close to the couple", "a source familiar with the talks").
/// </summary>
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "residents said", "local residents told", "US officials said", "Chinese aviation authorities said": a plural of unnamed
    /// people, after at most two modifiers (lower-case words, nationalities, initials).
    /// </summary>
    private static Subject? BareGroup(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        for (var head = k; head < end && head - k <= MaxGroupModifiers && t[head].IsWord; head++)
        {
            var plural = t[head].Lower.EndsWith('s') && EnglishUnnamedSpeakers.IsNoun(t[head].Lower);
            if (plural && (head + 1 >= end || !t[head + 1].IsWord || IsVerb(t[head + 1].Lower) || SyntaxLexicon.IsSkippable(t[head + 1])))
            {
                return new Subject(k, head) { Head = t[head].Lower, Descriptor = (k, head) };
            }

            // "Sources close to the ruling Syriza party claimed": the link and what it ties them to describe them too.
            if (plural && EnglishUnnamedSpeakers.IsLink(t, head + 1) && LinkEnd(t, head + 1, end) is var linked && linked > head + 1)
            {
                return new Subject(k, linked) { Head = t[head].Lower, Descriptor = (k, linked) };
            }

            if (!IsGroupModifier(t[head]))
            {
                return null;
            }
        }

        return null;
    }

    private const int MaxGroupModifiers = 2;

    private static bool IsGroupModifier(QuoteToken token) =>
        token.IsAllCaps || NationalityLexicon.IsNationality(token.Lower)
        || !token.IsCapitalized && !IsVerb(token.Lower) && !SyntaxLexicon.IsSkippable(token) && !SyntaxLexicon.Determiners.Contains(token.Lower);

    /// <summary>The last word of "close to [the couple]": a determiner and at most three words, up to punctuation or a verb.</summary>
    private static int LinkEnd(IReadOnlyList<QuoteToken> t, int link, int end)
    {
        var last = link + 1;
        var k = last + 1 < end && SyntaxLexicon.Determiners.Contains(t[last + 1].Lower) ? last + 1 : last;
        while (k + 1 < end && k - last < 4 && t[k + 1].IsWord && !IsVerb(t[k + 1].Lower) && !SyntaxLexicon.IsSkippable(t[k + 1])
            && !SyntaxLexicon.RelativePronouns.Contains(t[k + 1].Lower))
        {
            k++;
        }

        return k > last ? k : link;
    }

    /// <summary>Where "a source close to [the couple]" starts, seen from the determiner after "close to", or null.</summary>
    private static int? LinkedStart(IReadOnlyList<QuoteToken> t, int k)
    {
        if (k < 3 || !EnglishUnnamedSpeakers.IsLink(t, k - 2) || !IsSpeakerNoun(t, k - 3))
        {
            return null;
        }

        var start = k - 3;
        while (start - 1 >= 0 && k - start < 3 + MaxNounPhrase && t[start - 1].IsWord && !SyntaxLexicon.Determiners.Contains(t[start].Lower)
            && !IsVerb(t[start - 1].Lower) && (SyntaxLexicon.Determiners.Contains(t[start - 1].Lower) || !SyntaxLexicon.IsSkippable(t[start - 1])))
        {
            start--;
        }

        // "a source close to the couple"; a bare plural too: "(and) sources close to the party".
        var bare = k - 3;
        return SyntaxLexicon.Determiners.Contains(t[start].Lower) ? start
            : t[bare].Lower.EndsWith('s') && (bare == 0 || !t[bare - 1].IsWord || EnglishUnnamedSpeakers.IsConnective(t[bare - 1].Lower)) ? bare : null;
    }
}
