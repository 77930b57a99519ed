using NewsBot.Core.Quotes;

namespace NewsBot.Core.QuoteIndex;

/// <summary>
/// An article's quotes with the text work their storage needs done in advance: each speaker's key, alias keys and kind,
/// and each quote's organisation. <c>ArticleIndexer</c> builds it on the workers, in parallel, so the single SQLite writer
/// only looks speakers up and writes rows (it measured about a fifth of the writer's time per quote before).
/// </summary>
internal sealed class QuoteRows
{
    private QuoteRows(SpeakerRow[] speakers, QuoteRow[] rows) => (Speakers, Rows) = (speakers, rows);

    /// <summary>One per distinct speaker name among the attributed quotes, in order of first appearance.</summary>
    public IReadOnlyList<SpeakerRow> Speakers { get; }

    /// <summary>One per quote, in the order they were given.</summary>
    public IReadOnlyList<QuoteRow> Rows { get; }

    public static QuoteRows From(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var speakers = quotes.Where(q => q.IsAttributed).GroupBy(q => q.Speaker, StringComparer.Ordinal).Select(group =>
        {
            var key = SpeakerName.Normalize(group.Key);
            var affiliation = group.Select(q => q.SpeakerAffiliation).LastOrDefault(a => a is not null && SpeakerName.Normalize(a) != key);
            return new SpeakerRow(group.Key, key, SpeakerForms.Aliases(group.Key, group.Select(q => q.Mention)), SpeakerForms.KindOf(key, group), affiliation);
        }).ToArray();

        var organizations = new Dictionary<string, SpeakerRow>(StringComparer.Ordinal);
        var rows = new QuoteRow[quotes.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var quote = quotes[i];
            SpeakerRow? organization = null;
            if (quote.SpeakerAffiliation is { } org && SpeakerName.Normalize(org) is var orgKey && orgKey != SpeakerName.Normalize(quote.Speaker)
                && !organizations.TryGetValue(org, out organization))
            {
                organization = organizations[org] = new SpeakerRow(org, orgKey, SpeakerForms.Aliases(org, []), SpeakerForms.Organization, null);
            }

            rows[i] = new QuoteRow(quote, organization, QuoteKinds.ToStorage(quote.Kind));
        }

        return new QuoteRows(speakers, rows);
    }
}

/// <summary>
/// A speaker as its quotes in one article describe it: <see cref="Key"/> is <see cref="SpeakerName.Normalize"/> of the name
/// (empty: stored unattributed), <see cref="Kind"/> what the quotes say it is, <see cref="Affiliation"/> the last employer named.
/// </summary>
internal sealed record SpeakerRow(string Name, string Key, IReadOnlyList<string> Aliases, string? Kind, string? Affiliation);

/// <summary>A quote with the organisation it names other than its speaker (null: none) and its kind as stored.</summary>
internal sealed record QuoteRow(Quote Quote, SpeakerRow? Organization, string Kind);
