namespace NewsBot.Core.Search;

/// <summary>One term of a parsed query. <see cref="Text"/> holds only letters, digits and single spaces, never syntax.</summary>
public sealed record SearchTerm(SearchTermKind Kind, string Text, bool Excluded);
