namespace NewsBot.Core.Storage.Sqlite;

/// <summary>
/// What one write transaction has already learnt of the speaker tables, so the same politician quoted in many articles of a
/// batch is looked up once rather than in every article. Exact, not a guess: it is kept only for the transaction that wrote
/// or read the rows (no other connection can write meanwhile), updated by every statement that changes what it holds
/// (a new speaker, a rename, an alias, a description), and forgotten whole when speakers are deleted.
/// </summary>
internal sealed class SpeakerLookups
{
    private readonly Dictionary<string, long?> _idByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<long>> _ownersByAlias = new(StringComparer.Ordinal);
    private readonly HashSet<(long Id, string Alias)> _aliases = [];
    private readonly Dictionary<long, (string? Kind, string? Affiliation)> _described = [];

    /// <summary>The id of the speaker whose key is <paramref name="key"/> (null: none), when known.</summary>
    public bool TryGetKey(string key, out long? id) => _idByKey.TryGetValue(key, out id);

    public void KeyIs(string key, long? id) => _idByKey[key] = id;

    /// <summary>A speaker's key changed from <paramref name="oldKey"/> to <paramref name="newKey"/> (keys are unique).</summary>
    public void Renamed(string oldKey, string newKey, long id)
    {
        _idByKey[oldKey] = null;
        _idByKey[newKey] = id;
    }

    /// <summary>The speakers that have <paramref name="alias"/> as an alias, when known.</summary>
    public bool TryGetOwners(string alias, out IReadOnlyCollection<long> owners)
    {
        var known = _ownersByAlias.TryGetValue(alias, out var set);
        owners = set ?? [];
        return known;
    }

    public void OwnersAre(string alias, IEnumerable<long> owners) => _ownersByAlias[alias] = [.. owners];

    /// <summary>Records that the speaker has the alias; false when this transaction already stored it.</summary>
    public bool AddAlias(long id, string alias)
    {
        if (!_aliases.Add((id, alias)))
        {
            return false;
        }

        if (_ownersByAlias.TryGetValue(alias, out var owners))
        {
            owners.Add(id);
        }

        return true;
    }

    /// <summary>
    /// False when the description update was last run on this speaker with the same values: running it again cannot change
    /// the row (it only fills a missing kind and sets a different affiliation, and nothing else writes them).
    /// </summary>
    public bool Describe(long id, string? kind, string? affiliation)
    {
        if (_described.TryGetValue(id, out var last) && last == (kind, affiliation))
        {
            return false;
        }

        _described[id] = (kind, affiliation);
        return true;
    }

    /// <summary>Speakers were deleted (with their aliases): nothing learnt so far can be trusted.</summary>
    public void Forget()
    {
        _idByKey.Clear();
        _ownersByAlias.Clear();
        _aliases.Clear();
        _described.Clear();
    }
}
