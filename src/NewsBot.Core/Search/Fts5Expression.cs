using System.Text;

namespace NewsBot.Core.Search;

/// <summary>
/// Writes a parsed query as an FTS5 MATCH expression. Every term is a double-quoted string (quotes inside doubled), which
/// FTS5 reads as text to tokenize, never as an operator, so the expression is always valid whatever the user typed.
/// </summary>
public static class Fts5Expression
{
    public static string From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.CanRun)
        {
            throw new ArgumentException("The query has nothing to look for: " + query.Problem, nameof(query));
        }

        var builder = new StringBuilder("(");
        builder.AppendJoin(' ', query.Required.Select(Term)).Append(')');
        var excluded = query.Excluded.Select(Term).ToList();
        if (excluded.Count > 0)
        {
            builder.Append(" NOT (").AppendJoin(" OR ", excluded).Append(')');
        }

        return builder.ToString();
    }

    private static string Term(SearchTerm term)
    {
        var quoted = "\"" + term.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return term.Kind == SearchTermKind.Prefix ? quoted + "*" : quoted;
    }
}
