using Microsoft.Data.Sqlite;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// Writes an article's quotes inside the article's own transaction (see <see cref="SqliteArticleWriter"/>), merging each
/// speaker with the speakers of earlier articles: the same key (<see cref="SpeakerName.Normalize"/>), else the one speaker
/// who has that key as an alias ("Kostarev" joins "Gleb Kostarev"), else the one speaker whose key is an alias of the new
/// name ("Kostarev" becomes "Gleb Kostarev", the fuller form), else a new speaker.
/// </summary>
internal sealed partial class SqliteQuoteWriter : IDisposable
{
    private readonly SqliteStatements _sql;
    private readonly SpeakerLookups _known = new();

    public SqliteQuoteWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _sql = new SqliteStatements(connection, transaction);
        _sql.Prepare("needs", "SELECT quote_rules_version < @version FROM articles WHERE id = @id", "@id", "@version");
        _sql.Prepare("extracted", "UPDATE articles SET quote_rules_version = @version WHERE id = @id", "@id", "@version");
        _sql.Prepare("delete", "DELETE FROM quotes WHERE article_id = @id RETURNING speaker_id, affiliation_id", "@id");
        _sql.Prepare("insert", """
            INSERT INTO quotes (article_id, start, "end", text, kind, speaker_id, mention, cue, role, affiliation, affiliation_id, language, confidence)
            VALUES (@article, @start, @end, @text, @kind, @speaker, @mention, @cue, @role, @affiliation, @affiliation_id, @language, @confidence)
            """, "@article", "@start", "@end", "@text", "@kind", "@speaker", "@mention", "@cue", "@role", "@affiliation", "@affiliation_id", "@language", "@confidence");
        _sql.Prepare("byKey", "SELECT id FROM speakers WHERE key = @key", "@key");
        _sql.Prepare("byAlias", "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias = @alias LIMIT 2", "@alias");
        _sql.Prepare("newSpeaker", "INSERT INTO speakers (name, key) VALUES (@name, @key) RETURNING id", "@name", "@key");
        _sql.Prepare("rename", "UPDATE speakers SET name = @name, key = @key WHERE id = @id", "@id", "@name", "@key");
        // Only when it changes something: a speaker quoted in every article would otherwise have its row rewritten each time.
        _sql.Prepare("describe", """
            UPDATE speakers SET kind = coalesce(kind, @kind), affiliation = coalesce(@affiliation, affiliation)
            WHERE id = @id AND ((kind IS NULL AND @kind IS NOT NULL) OR (@affiliation IS NOT NULL AND affiliation IS NOT @affiliation))
            """, "@id", "@kind", "@affiliation");
        _sql.Prepare("alias", "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias) VALUES (@id, @alias)", "@id", "@alias");
        _sql.Prepare("orphan", """
            DELETE FROM speakers WHERE id = @id
              AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = @id)
              AND NOT EXISTS (SELECT 1 FROM quotes WHERE affiliation_id = @id)
            """, "@id");
    }

    /// <summary>True for an article whose quotes were never extracted, or extracted by older rules: its quotes are due.</summary>
    public bool NeedsQuotes(long articleId, int rulesVersion) => _sql.Scalar("needs", articleId, rulesVersion) is long due && due != 0;

    /// <summary>
    /// Replaces the article's quotes with <paramref name="quotes"/>, found by rules <paramref name="rulesVersion"/>; speakers
    /// left with no quote are removed.
    /// </summary>
    /// <param name="inserted">The article was inserted in this transaction, already marked with the rules version: it has no
    /// quotes to delete and no version to set.</param>
    public void Replace(long articleId, IReadOnlyList<Quote> quotes, int rulesVersion, bool inserted = false) =>
        Replace(articleId, QuoteRows.From(quotes), rulesVersion, inserted);

    /// <summary>As <see cref="Replace(long, IReadOnlyList{Quote}, int, bool)"/>, with the text work already done.</summary>
    public void Replace(long articleId, QuoteRows quotes, int rulesVersion, bool inserted = false)
    {
        var previous = new HashSet<long>();
        if (!inserted)
        {
            using var reader = _sql.Reader("delete", articleId);
            while (reader.Read())
            {
                AddIfSet(previous, reader, 0);
                AddIfSet(previous, reader, 1);
            }
        }

        var speakers = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (var speaker in quotes.Speakers)
        {
            var id = speakers[speaker.Name] = Resolve(speaker);
            if (id is { } known)
            {
                Describe(known, speaker.Kind, speaker.Affiliation);
            }
        }

        foreach (var row in quotes.Rows)
        {
            var quote = row.Quote;
            var speakerId = quote.IsAttributed ? speakers[quote.Speaker] : null;
            long? affiliationId = null;
            if (row.Organization is { } organization)
            {
                if (!speakers.TryGetValue(organization.Name, out affiliationId))
                {
                    affiliationId = speakers[organization.Name] = Resolve(organization);
                }

                if (affiliationId is { } orgId)
                {
                    Describe(orgId, SpeakerForms.Organization, null);
                }
            }

            _sql.Execute("insert", articleId, quote.Start, quote.End, quote.Text, row.Kind, speakerId, quote.Mention,
                quote.Cue, quote.SpeakerRole, quote.SpeakerAffiliation, affiliationId, quote.Language, quote.Confidence);
        }

        if (!inserted)
        {
            _sql.Execute("extracted", articleId, rulesVersion);
        }

        foreach (var id in previous)
        {
            if (_sql.Execute("orphan", id) > 0)
            {
                _known.Forget();
            }
        }
    }

    /// <summary>
    /// The caller rolled back to a savepoint (a failing article): speakers that article inserted or changed are gone, so what
    /// this transaction had learnt of the speaker tables can no longer be trusted.
    /// </summary>
    public void RolledBack() => _known.Forget();

    public void Dispose() => _sql.Dispose();

    private static void AddIfSet(HashSet<long> ids, SqliteDataReader reader, int column)
    {
        if (!reader.IsDBNull(column))
        {
            ids.Add(reader.GetInt64(column));
        }
    }
}
