using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>The web-page half of <c>index</c>: each URL fetched and extracted, all indexed in one run, each article's id printed.</summary>
internal static class PageIndexing
{
    public static async Task<IndexReport> IndexAsync(IServiceProvider services, IReadOnlyList<string> urls, TextWriter output, CancellationToken ct)
    {
        var reader = services.GetRequiredService<WebPageReader>();
        var problems = new List<IndexProblem>();
        var documents = new List<Core.Ingest.RawDocument>();
        foreach (var text in urls)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
            {
                problems.Add(new IndexProblem(text, $"{text}: not a valid URL"));
                continue;
            }

            var (document, problem) = await reader.ReadAsync(url, ct);
            if (document is null)
            {
                problems.Add(new IndexProblem(text, problem!));
            }
            else
            {
                documents.Add(document);
            }
        }

        var report = await services.GetRequiredService<ArticleIndexer>().IndexDocumentsAsync(documents, ct);
        var store = services.GetRequiredService<IArticleStore>();
        foreach (var document in documents)
        {
            // The key is derived from the source; the store lengthens it only on a clash, so the source confirms the match.
            if (await store.FindAsync(ArticleKey.For(document.Source), ct) is { } article && article.Source == document.Source)
            {
                await output.WriteLineAsync($"{article.Key}  {article.Title}  ({document.Source})");
            }
        }

        return report with { Problems = [.. problems, .. report.Problems] };
    }

    public static IndexReport Combine(IndexReport a, IndexReport b) => new(a.Files + b.Files, a.Bytes + b.Bytes, a.Added + b.Added, a.Updated + b.Updated,
        a.Unchanged + b.Unchanged, a.Duplicates + b.Duplicates, a.IgnoredFiles + b.IgnoredFiles, [.. a.Problems, .. b.Problems], a.Elapsed + b.Elapsed);
}
