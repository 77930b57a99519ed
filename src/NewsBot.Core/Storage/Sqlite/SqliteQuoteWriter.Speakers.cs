using NewsBot.Core.QuoteIndex;

namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// Finding or making the speaker row for a name (see the class summary for the merge rules), asking the database only for
/// what this transaction has not already learnt (<see cref="SpeakerLookups"/>).
/// </summary>
internal sealed partial class SqliteQuoteWriter
{
    private long? Resolve(SpeakerRow speaker)
    {
        var (name, key, aliases) = (speaker.Name, speaker.Key, speaker.Aliases);
        if (key.Length == 0)
        {
            return null;
        }

        var id = SpeakerByKey(key) ?? OnlyOne(OwnersOf(key)) ?? Promote(name, key, aliases);
        if (id is null)
        {
            id = (long)_sql.Scalar("newSpeaker", name, key)!;
            _known.KeyIs(key, id.Value);
        }

        foreach (var alias in aliases)
        {
            AddAlias(id.Value, alias);
        }

        return id;
    }

    /// <summary>An earlier speaker known only by a shorter form of this name takes the fuller one, keeping the old as an alias.</summary>
    private long? Promote(string name, string key, IReadOnlyList<string> aliases)
    {
        var owners = aliases.Select(a => (Alias: a, Id: SpeakerByKey(a))).Where(o => o.Id is not null).ToList();
        if (owners.Select(o => o.Id).Distinct().Count() != 1)
        {
            return null;
        }

        var (oldKey, id) = owners[0];
        _sql.Execute("rename", id, name, key);
        _known.Renamed(oldKey, key, id!.Value);
        AddAlias(id.Value, oldKey);
        return id;
    }

    private long? SpeakerByKey(string key)
    {
        if (_known.TryGetKey(key, out var known))
        {
            return known;
        }

        var id = _sql.Scalar("byKey", key) as long?;
        _known.KeyIs(key, id);
        return id;
    }

    private IReadOnlyCollection<long> OwnersOf(string alias)
    {
        if (_known.TryGetOwners(alias, out var owners))
        {
            return owners;
        }

        var found = _sql.Column("byAlias", alias);
        _known.OwnersAre(alias, found);
        return found;
    }

    private void AddAlias(long id, string alias)
    {
        if (_known.AddAlias(id, alias))
        {
            _sql.Execute("alias", id, alias);
        }
    }

    /// <summary>Runs the (conditional) description update unless this transaction just ran it with the same values.</summary>
    private void Describe(long id, string? kind, string? affiliation)
    {
        if (_known.Describe(id, kind, affiliation))
        {
            _sql.Execute("describe", id, kind, affiliation);
        }
    }

    private static long? OnlyOne(IReadOnlyCollection<long> ids) => ids.Count == 1 ? ids.First() : null;
}
