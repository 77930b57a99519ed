using NewsBot.Core.Ingest;

namespace NewsBot.Core.Quotes;

/// <summary>One walk over an article's sentences that turns quote spans and reported speech into attributed quotes.</summary>
internal sealed partial class AttributionPass
{
    private const double ExplicitCue = 0.9;
    private const double LeadIn = 0.85;
    private const double Inherited = 0.6;
    private const double Fallback = 0.5;
    private const double Unattributed = 0.3;

    private readonly PreparedArticle _article;
    private readonly string _language;
    private readonly ArticleTokens _text;
    private readonly SubjectFinder _subjects;
    private readonly CueFinder _cues;
    private readonly SpeakerResolver _resolver;
    private readonly ReportedSpeechFinder _reported;
    private readonly List<Quote> _quotes = [];

    public AttributionPass(PreparedArticle article, string language, ArticleTokens text, Discourse discourse)
    {
        _article = article;
        _language = language;
        _text = text;
        _subjects = new SubjectFinder(discourse);
        _cues = new CueFinder(_subjects, language);
        _resolver = new SpeakerResolver(discourse, language == "fr");
        _reported = new ReportedSpeechFinder(_subjects, _cues, language);
    }

    public List<Quote> Run(IReadOnlyList<QuoteSpan> spans)
    {
        _passages = new GluedBreaks(_article.Body, _article.Paragraphs, spans);
        var next = 0;
        var sentences = _article.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var first = next;
            while (next < spans.Count && _text.SentenceOf(spans[next].Open) == s)
            {
                next++;
            }

            var hasSpan = next > first;
            var pieces = _language == "en" && !sentences[s].IsHeading ? GluedSentences.Split(_text.Outside[s]) : null;
            // A mark glued after the full stop opens the next sentence's quotation: this sentence is read without it, first.
            var endMark = hasSpan && !sentences[s].IsHeading && (first == 0 || spans[first - 1].CloseEnd <= sentences[s].Start)
                ? TrailingMark(s, spans[next - 1]) : -1;
            var own = endMark > 0 ? next - 1 : next;
            var head = endMark > 0 ? _text.Outside[s].GetRange(0, endMark) : null;
            if (head is not null && own == first)
            {
                AddReported(head, s); // before the quotation it opens, which may refer back to it
            }

            if (own > first && !sentences[s].IsHeading && !AddReportedAround(s, head ?? PieceHolding(s, pieces, spans, first, own), spans, first, own))
            {
                for (var i = first; i < own; i++)
                {
                    AddDirect(spans[i], s);
                }
            }

            if (head is not null)
            {
                AddDirect(spans[own], s);
            }

            hasSpan |= next < spans.Count && spans[next].Open < sentences[s].End
                || (next > 0 && spans[next - 1].CloseEnd > sentences[s].Start);
            if (!sentences[s].IsHeading && endMark < 0)
            {
                AddReportedInPieces(s, pieces, hasSpan, spans);
            }
        }

        _quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        AttributeTeasers();
        return _quotes;
    }

    /// <summary>
    /// "…, a annoncé lundi l'ambassade japonaise à Maurice.\" La fuite …": a quote mark glued after a sentence's full stop
    /// opens the next sentence's quotation; the words before it are a sentence of their own, reported speech and partial
    /// quotes included. The mark's token index when it is the sentence's last word-free tail, else -1.
    /// </summary>
    private int TrailingMark(int s, QuoteSpan span)
    {
        var t = _text.Outside[s];
        var mark = ArticleTokens.TokenAt(t, span.Open);
        if (mark <= 0 || mark >= t.Count || _text.SentenceOf(span.CloseEnd - 1) == s || !t[mark - 1].Is("."))
        {
            return -1;
        }

        for (var i = mark + 1; i < t.Count; i++)
        {
            if (t[i].IsWord)
            {
                return -1;
            }
        }

        return mark;
    }

    private void AddDirect(QuoteSpan span, int s)
    {
        var body = _article.Body;
        var content = body[span.ContentStart..span.ContentEnd];
        var t = _text.Outside[s];
        var mark = ArticleTokens.TokenAt(t, span.Open);
        if (SplitAtInnerCue(span, s))
        {
            return;
        }

        var (cue, cueTokens, cueSentence, confidence) = FindCue(span, s, t, mark);
        var kind = QuoteShape.Kind(content, t, mark);
        if (kind == QuoteKind.Partial && cue is null && CoordinatedCue(span, s, t, mark) is { } coordinated)
        {
            (cue, cueTokens, cueSentence) = coordinated;
        }

        if (kind == QuoteKind.Partial && cue is not null)
        {
            RememberPartialCue(span, s, cue, cueTokens, cueSentence);
        }

        if (!QuoteShape.IsQuotation(content, t, mark, cue is not null, cue is not null && IsPassiveAgent(cue, cueTokens)))
        {
            return;
        }

        SpeakerEntity? speaker = null;
        string? role = null;
        var mention = string.Empty;
        if (cue is not null)
        {
            (speaker, role) = _resolver.Resolve(cue.Subject, cueTokens, cueSentence);
            mention = Text(cueTokens, cue.Subject.First, cue.Subject.Last);
        }
        else if (kind == QuoteKind.Partial && content.Length > 0 && char.IsLower(content[0]) && NearestSubject(t, mark) is { } subject)
        {
            // A fragment of someone's words woven into the sentence: "où la société visait à « remettre les pendules »".
            (speaker, role) = _resolver.Resolve(subject, t, s);
            (confidence, mention) = (Fallback, Text(t, subject.First, subject.Last));
        }
        else if (IntroducedSpeaker(s, t, mark) is { } introduced)
        {
            (speaker, confidence, mention) = (introduced, Inherited, string.Empty);
        }
        else if (MayCarryOver(span.Open, s))
        {
            (speaker, confidence, mention) = (_resolver.LastSpeaker, Inherited, string.Empty);
        }

        if (speaker is null && kind == QuoteKind.Partial)
        {
            return; // a fragment nobody is said to have said is an expression, not a quote
        }

        confidence = speaker is null ? Unattributed : span.Closed ? confidence : confidence * 0.8;
        var cueText = cue is null ? null : Text(cueTokens, CueStart(cueTokens, cue.First), cue.Last);
        Emit(span.ContentStart, span.ContentEnd, kind, speaker, mention, cueText, role, confidence, s);
    }
}
