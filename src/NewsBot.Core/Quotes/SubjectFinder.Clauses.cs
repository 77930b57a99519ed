namespace NewsBot.Core.Quotes;

/// <summary>Subjects found from the start of a clause rather than next to the verb.</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>For a participle after a comma: the first name or pronoun of the clause before it.</summary>
    public Subject? Main(IReadOnlyList<QuoteToken> t, int before)
    {
        for (var k = 0; k < before; k++)
        {
            if (t[k].IsQuoteMark)
            {
                return null;
            }

            if (At(t, k, before) is { } subject && (subject.Entity is not null || subject.Pronoun is not null || (subject.IsUnnamed && !ComplementMentions.IsComplement(t, k))))
            {
                return subject;
            }
        }

        return null;
    }
}
