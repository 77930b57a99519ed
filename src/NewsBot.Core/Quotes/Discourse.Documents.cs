namespace NewsBot.Core.Quotes;

/// <summary>
/// Documents the story introduces ("Acme said in a statement", "a indiqué la SNCF dans un communiqué") and who issued
/// them, so that "“…,” the statement said" and "« … », précise le communiqué" speak as the issuer, not as nobody.
/// </summary>
internal sealed partial class Discourse
{
    /// <summary>How many sentences back "the statement" may point to the document introduced.</summary>
    private const int DocumentWindow = 2;

    /// <summary>How many lower-case words may stand between an employer and its person ("Vantor chairman Paul Reyes").</summary>
    private const int MaxTitleWords = 3;

    private readonly List<(int At, int Sentence, SpeakerEntity? Named)> _introducedDocuments = [];

    /// <summary>
    /// Notes the document nouns a sentence introduces, after an indefinite article or a possessive ("in its report"), with
    /// the name nearest each that could have issued it. Called once per sentence, after its names are added.
    /// </summary>
    public void NoteDocuments(IReadOnlyList<QuoteToken> t, int sentence)
    {
        for (var i = 1; i < t.Count; i++)
        {
            if (SyntaxLexicon.DocumentNouns.Contains(t[i].Lower) && t[i - 1].Lower is "a" or "an" or "un" or "une" or "its" or "his" or "her" or "their" or "son" or "sa" or "leur")
            {
                _introducedDocuments.Add((t[i].Start, sentence, NearestIssuer(t, sentence, t[i].Start)));
            }
        }
    }

    /// <summary>
    /// Who issued the document introduced last before <paramref name="offset"/>, at most <see cref="DocumentWindow"/>
    /// sentences back: the speaker of that sentence's cue, else the name nearest the document noun in it; null when the
    /// story introduced no document there or named nobody who could have issued it.
    /// </summary>
    public SpeakerEntity? DocumentIssuer(int offset, int sentence, SpeakerEntity? lastSpeaker, int lastSentence)
    {
        var document = _introducedDocuments.FindLast(d => d.At < offset);
        if (document == default || sentence - document.Sentence > DocumentWindow)
        {
            return null;
        }

        return lastSpeaker is not null && lastSentence == document.Sentence ? lastSpeaker : document.Named;
    }

    /// <summary>
    /// The name of the sentence nearest <paramref name="at"/> that can act: not a complement ("le ministère de
    /// l'Intérieur", "the chairman of Acme") and not an employer before its person ("Vantor chairman Paul Reyes").
    /// </summary>
    private SpeakerEntity? NearestIssuer(IReadOnlyList<QuoteToken> t, int sentence, int at)
    {
        EntityMention? nearest = null;
        for (var m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence == sentence; m--)
        {
            var mention = _mentions[m];
            var first = ArticleTokens.TokenAt(t, mention.Start);
            if (first >= t.Count || t[first].Start != mention.Start || IsComplementAt(t, first) || m + 1 < _mentions.Count && IsEmployerBefore(t, mention, _mentions[m + 1]))
            {
                continue;
            }

            if (nearest is null || Math.Abs(mention.Start - at) < Math.Abs(nearest.Start - at))
            {
                nearest = mention;
            }
        }

        return nearest?.Entity;
    }

    private static bool IsComplementAt(IReadOnlyList<QuoteToken> t, int first)
    {
        var p = first > 0 && t[first - 1].Lower is "the" or "le" or "la" or "les" or "l'" ? first - 2 : first - 1;
        return p >= 0 && t[p].Lower is "of" or "de" or "du" or "des" or "d'";
    }

    private static bool IsEmployerBefore(IReadOnlyList<QuoteToken> t, EntityMention employer, EntityMention next)
    {
        if (employer.Entity.Kind != SpeakerKind.Organization || next.Entity.Kind != SpeakerKind.Person || next.Sentence != employer.Sentence)
        {
            return false;
        }

        var from = ArticleTokens.TokenAt(t, employer.End);
        var to = ArticleTokens.TokenAt(t, next.Start);
        for (var i = from; i < to; i++)
        {
            if (!t[i].IsWord || t[i].IsCapitalized || i - from >= MaxTitleWords)
            {
                return false;
            }
        }

        return true;
    }
}
