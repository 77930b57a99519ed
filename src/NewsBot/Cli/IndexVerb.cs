using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary>
/// <c>index &lt;path|url&gt;...</c>: files and folders into the index, with progress on a terminal; http(s) URLs are single web
/// pages, fetched safely (<see cref="WebPageReader"/>: private addresses refused unless Ingest:AllowPrivateNetworks), their
/// article extracted and indexed, and the article's id printed.
/// </summary>
internal static class IndexVerb
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (recursive) of .txt, .md, .html, .json, .jsonl, or http(s) URLs of web pages", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("index", "Index article files, folders and web pages (re-indexing unchanged ones does nothing)") { paths, json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var indexer = services.GetRequiredService<ArticleIndexer>();
            var asJson = result.GetValue(json);
            var all = result.GetValue(paths)!;
            var urls = all.Where(IsWebUrl).ToList();
            var files = all.Where(a => !IsWebUrl(a)).ToList();
            IndexReport? report = null;
            if (files.Count > 0)
            {
                report = asJson
                    ? await indexer.IndexPathsAsync(files, null, ct)
                    : await WithProgressAsync(p => indexer.IndexPathsAsync(files, p, ct));
            }

            if (urls.Count > 0)
            {
                var pages = await PageIndexing.IndexAsync(services, urls, asJson ? TextWriter.Null : context.Output.Out, ct);
                report = report is null ? pages : PageIndexing.Combine(report, pages);
            }

            var code = Print(context.Output, report!, asJson);
            await RefreshQuotesAsync(services, context.Output, asJson, ct);
            return code;
        }, token));
        return command;
    }

    private static bool IsWebUrl(string arg) =>
        arg.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || arg.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static int Print(CliOutput output, IndexReport report, bool json)
    {
        if (json)
        {
            output.WriteJson(IndexReportJson.From(report), CliJsonContext.Default.IndexReportJson);
        }
        else
        {
            foreach (var problem in report.Problems)
            {
                output.Error.WriteLine("skipped " + problem.Message);
            }

            var rate = report.Elapsed.TotalSeconds > 0 ? report.Documents / report.Elapsed.TotalSeconds : 0;
            output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Indexed {report.Files} files ({report.Documents} documents): {report.Added} added, {report.Updated} updated, {report.Unchanged + report.Duplicates} unchanged, {report.Problems.Count} skipped, {report.IgnoredFiles} ignored, in {report.Elapsed.TotalSeconds:0.0} s ({rate:0} documents/s)."));
        }

        // Nothing indexed and something wrong: the run did not do what was asked.
        return report.Problems.Count > 0 && report.Added + report.Updated + report.Unchanged + report.Duplicates == 0 ? CliOutput.UserError : CliOutput.Success;
    }

    /// <summary>After an upgrade that changed the quote rules, the quotes of already stored articles are extracted again.</summary>
    private static async Task RefreshQuotesAsync(IServiceProvider services, CliOutput output, bool json, CancellationToken ct)
    {
        var refresher = services.GetRequiredService<QuoteRefresher>();
        if (await refresher.CountStaleAsync(ct) == 0)
        {
            return;
        }

        if (json)
        {
            await refresher.RefreshAsync(null, ct);
            return;
        }

        var refreshed = 0;
        await TerminalProgress.RunAsync("Quotes", 1, async update =>
        {
            refreshed = await refresher.RefreshAsync(new Progress<(int Done, int Total)>(p => update((double)p.Done / p.Total,
                string.Create(CultureInfo.InvariantCulture, $"Extracting quotes again (new rules): {p.Done:N0} of {p.Total:N0} articles"))), ct);
        });
        if (refreshed > 0)
        {
            output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The quote rules changed since {refreshed} stored articles were indexed: their quotes were extracted again."));
        }
    }

    private static async Task<IndexReport> WithProgressAsync(Func<IProgress<IndexProgress>, Task<IndexReport>> run)
    {
        IndexReport? report = null;
        await TerminalProgress.RunAsync("Indexing", 1, async update =>
        {
            report = await run(new Progress<IndexProgress>(p => update(p.TotalBytes == 0 ? 0 : (double)p.BytesRead / p.TotalBytes,
                string.Create(CultureInfo.InvariantCulture, $"Indexing: {p.Documents:N0} documents, {p.Added:N0} added, {p.Skipped:N0} skipped"))));
        });
        return report!;
    }
}
