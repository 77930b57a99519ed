namespace NewsBot.Core.Quotes;

/// <summary>Reported speech: a sentence's main clause after "X said (that)", "selon X", "..., a-t-il ajouté".</summary>
internal sealed partial class AttributionPass
{
    private const double ReportedNamed = 0.7;
    private const double ReportedReferred = 0.6;

    /// <summary>
    /// Reported speech in a sentence without quotations, or in each piece of a glued sentence (<see cref="GluedSentences"/>)
    /// that holds none, so a caption glued to the next sentence does not swallow its speaker's words.
    /// </summary>
    private void AddReportedInPieces(int s, List<(int From, int To)>? pieces, bool hasSpan, IReadOnlyList<QuoteSpan> spans)
    {
        if (pieces is not { Count: > 1 })
        {
            if (!hasSpan)
            {
                AddReported(_text.Outside[s], s);
            }

            return;
        }

        var all = _text.Outside[s];
        foreach (var (from, to) in pieces)
        {
            if (!Overlaps(spans, all[from].Start, all[to - 1].End))
            {
                AddReported(all.GetRange(from, to - from), s);
            }
        }
    }

    /// <summary>Whether a quotation overlaps <c>[start, end)</c>: top-level spans are sorted and disjoint, so a binary search.</summary>
    private static bool Overlaps(IReadOnlyList<QuoteSpan> spans, int start, int end)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].CloseEnd <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < spans.Count && spans[lo].Open < end;
    }

    /// <summary>The piece of a glued sentence that holds all its quotations, else the whole sentence.</summary>
    private List<QuoteToken> PieceHolding(int s, List<(int From, int To)>? pieces, IReadOnlyList<QuoteSpan> spans, int first, int next)
    {
        var all = _text.Outside[s];
        if (pieces is not { Count: > 1 } || next <= first)
        {
            return all;
        }

        foreach (var (from, to) in pieces)
        {
            if (spans[first].Open >= all[from].Start && spans[next - 1].CloseEnd <= all[to - 1].End)
            {
                return all.GetRange(from, to - from);
            }
        }

        return all;
    }

    private void AddReported(List<QuoteToken> t, int s)
    {
        if (_reported.Find(t) is { } found && (_language == "fr" || !EnglishUnnamedSpeakers.IsBareGroup(found.Cue.Subject, t)))
        {
            EmitReported(t, found.From, found.Cue, s, t[found.To].End);
        }
        else
        {
            AddAttributedByNext(t, s);
        }
    }

    /// <summary>
    /// "X a estimé que la colère était « légitime »", "Velta said the plant was "no longer viable" because of ...": when a
    /// reported clause holds every quoted fragment of its sentence, the clause is the quote, fragments included (the words
    /// around a short fragment are what the speaker is reported to have said). Returns false to keep the fragments instead.
    /// </summary>
    private bool AddReportedAround(int s, List<QuoteToken> t, IReadOnlyList<QuoteSpan> spans, int first, int next)
    {
        for (var i = first; i < next; i++)
        {
            var span = spans[i];
            var mark = ArticleTokens.TokenAt(t, span.Open);
            if (!span.Closed || _text.SentenceOf(span.CloseEnd - 1) != s || mark == 0 || !t[mark - 1].IsWord
                || QuoteShape.Kind(_article.Body.AsSpan(span.ContentStart, span.ContentEnd - span.ContentStart), t, mark) != QuoteKind.Partial)
            {
                return false;
            }
        }

        if (_reported.Find(t, minClauseWords: 1) is not { } found || t[found.From].Start >= spans[first].Open || t[found.From].Start > t[found.To].Start)
        {
            return false;
        }

        var end = Math.Max(t[found.To].End, spans[next - 1].CloseEnd);
        return EmitReported(t, found.From, found.Cue, s, end);
    }

    private bool EmitReported(List<QuoteToken> t, int from, Cue cue, int s, int end)
    {
        var (speaker, role) = _resolver.Resolve(cue.Subject, t, s);
        if (speaker is null)
        {
            return false;
        }

        var confidence = cue.Subject.Entity is not null ? ReportedNamed : ReportedReferred;
        Emit(t[from].Start, CloseBrackets(t[from].Start, end), QuoteKind.Reported, speaker, Text(t, cue.Subject.First, cue.Subject.Last),
            Text(t, CueStart(t, cue.First), cue.Last), role, confidence, s);
        return true;
    }
}
