using NewsBot.Core.Indexing;

namespace NewsBot.Cli.Json;

/// <summary><c>index --json</c>: what the run did, and every file or record skipped with why.</summary>
public sealed record IndexReportJson(int Files, long Bytes, int Added, int Updated, int Unchanged, int Duplicates, int Ignored,
    IReadOnlyList<IndexProblemJson> Problems, double Seconds)
{
    public static IndexReportJson From(IndexReport r) => new(r.Files, r.Bytes, r.Added, r.Updated, r.Unchanged, r.Duplicates, r.IgnoredFiles,
        [.. r.Problems.Select(p => new IndexProblemJson(p.Source, p.Message))], Math.Round(r.Elapsed.TotalSeconds, 3));
}

public sealed record IndexProblemJson(string Source, string Message);
