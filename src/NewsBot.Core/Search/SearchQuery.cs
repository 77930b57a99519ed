namespace NewsBot.Core.Search;

/// <summary>
/// A user's search, parsed into safe terms (see <see cref="SearchQueryParser"/>). <see cref="Problem"/> says, in words a person
/// can act on, why the query cannot run (nothing to look for, too long); such a query matches nothing. <see cref="Notes"/> say
/// where the search differs from what was typed (a prefix too short to be one), for the reply to show.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<SearchTerm> Terms, string? Problem)
{
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IEnumerable<SearchTerm> Required => Terms.Where(t => !t.Excluded);

    public IEnumerable<SearchTerm> Excluded => Terms.Where(t => t.Excluded);

    public bool CanRun => Problem is null && Required.Any();
}
