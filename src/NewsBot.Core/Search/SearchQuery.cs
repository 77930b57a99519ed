namespace NewsBot.Core.Search;

/// <summary>
/// A user's search, parsed into safe terms (see <see cref="SearchQueryParser"/>). <see cref="Problem"/> says, in words a person
/// can act on, why the query cannot run (nothing to look for, too long); such a query matches nothing.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<SearchTerm> Terms, string? Problem)
{
    public IEnumerable<SearchTerm> Required => Terms.Where(t => !t.Excluded);

    public IEnumerable<SearchTerm> Excluded => Terms.Where(t => t.Excluded);

    public bool CanRun => Problem is null && Required.Any();
}
