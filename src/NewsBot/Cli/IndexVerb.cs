using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.Indexing;

namespace NewsBot.Cli;

/// <summary><c>index &lt;path&gt;...</c>: files and folders into the index, with progress on a terminal.</summary>
internal static class IndexVerb
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders (recursive) of .txt, .md, .html, .json, .jsonl", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("index", "Index article files and folders (re-indexing unchanged files does nothing)") { paths, json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var indexer = services.GetRequiredService<ArticleIndexer>();
            var asJson = result.GetValue(json);
            var report = Console.IsErrorRedirected || asJson
                ? await indexer.IndexPathsAsync(result.GetValue(paths)!, null, ct)
                : await WithProgressAsync(p => indexer.IndexPathsAsync(result.GetValue(paths)!, p, ct));
            return Print(context.Output, report, asJson);
        }, token));
        return command;
    }

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
