using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Search;

namespace NewsBot.Cli.Bench;

/// <summary>
/// <c>bench index</c>: indexes real news repeated to N articles into a fresh database, then measures search latency on it.
/// Reports articles/s, MB/s, peak memory and search p50/p99. Progress is shown on a terminal.
/// </summary>
internal static class IndexBenchVerb
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "JSONL files of articles (e.g. ../shared/bench/summ_en.jsonl ../shared/bench/summ_fr.jsonl)", Arity = ArgumentArity.OneOrMore };
        var articles = new Option<int>("--articles", "-n") { Description = "How many articles to index (the files are repeated)", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "How many searches to time", DefaultValueFactory = _ => 2_000 };
        // Hidden, for iterating on search: keep the database at this path and, when it already holds articles, time searches
        // on it without indexing again (indexing 100,000 articles takes minutes; a search change needs seconds to measure).
        var keep = new Option<string?>("--database") { Description = "Keep the database here and reuse it if it already holds articles", Hidden = true };
        var command = new Command("index", "Measure indexing throughput and search latency on a fresh database") { files, articles, queries, keep };
        command.SetAction((result, token) =>
        {
            var kept = result.GetValue(keep);
            var database = kept is null ? Path.Combine(Path.GetTempPath(), $"newsbot-bench-{Environment.ProcessId}", "bench.db") : Path.GetFullPath(kept);
            var benchContext = new CliContext(context.Output, [.. context.ConfigSwitches, $"--Storage:DatabasePath={database}"], context.Streams);
            return benchContext.RunAsync(async (services, ct) =>
            {
                try
                {
                    return await RunAsync(context.Output, services, BenchCorpus.Load(result.GetValue(files)!), Math.Max(1, result.GetValue(articles)), Math.Max(1, result.GetValue(queries)), ct);
                }
                finally
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    if (kept is null && Directory.Exists(Path.GetDirectoryName(database)))
                    {
                        Directory.Delete(Path.GetDirectoryName(database)!, recursive: true);
                    }
                }
            }, token);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliOutput output, IServiceProvider services, BenchCorpus corpus, int count, int queryCount, CancellationToken ct)
    {
        var indexer = services.GetRequiredService<ArticleIndexer>();
        var store = services.GetRequiredService<IArticleStore>();
        var bytes = corpus.Repeat(count).Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Content));
        var watch = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var reused = await store.CountAsync(ct) > 0;
        IndexReport? report = null;
        // One run over the whole stream, as `index` does with its files: the pipeline fills once and drains once.
        await TerminalProgress.RunAsync("Indexing", reused ? 0 : count, async update =>
            report = await indexer.IndexDocumentsAsync(corpus.Repeat(reused ? 0 : count), new Progress<IndexProgress>(p => update(p.Documents, null)), ct));
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var words = corpus.QueryWords(queryCount);
        var latencies = new List<double>(queryCount);
        await TerminalProgress.RunAsync("Searching", queryCount, async update =>
        {
            foreach (var word in words)
            {
                var started = Stopwatch.GetTimestamp();
                await store.SearchAsync(new SearchRequest(SearchQueryParser.Parse(word)), ct);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                update(latencies.Count, null);
            }
        });

        latencies.Sort();
        // Prefixes: autocomplete (/article, /summary) sends the first letters of a title word as soon as they are typed (the
        // titles index keeps 2- and 3-letter prefixes); /search takes "word*" of 3 letters or more, and the full-text index
        // keeps 3-letter prefixes only: a longer prefix is read from the words themselves.
        var prefixes = words.Take(Math.Max(1, queryCount / 4)).ToList();
        var suggest = await TimeAsync(prefixes, w => store.SuggestAsync(w[..2], NewsBot.Commands.CommandRouter.MaxChoices, ct));
        var search3 = await TimeAsync(prefixes, w => store.SearchAsync(new SearchRequest(SearchQueryParser.Parse(w[..3] + "*")), ct));
        var search4 = await TimeAsync(prefixes, w => store.SearchAsync(new SearchRequest(SearchQueryParser.Parse(w[..4] + "*")), ct));
        var seconds = watch.Elapsed.TotalSeconds;
        var total = await store.CountAsync(ct);
        var indexing = reused
            ? "Reused the kept database: nothing indexed."
            : string.Create(CultureInfo.InvariantCulture, $"""
            Indexed {report!.Added:N0} articles ({corpus.Originals} originals repeated; {report.Problems.Count} skipped, {report.Duplicates} duplicates) in {seconds:0.0} s
              {report.Added / seconds:N0} articles/s, {bytes / (1024.0 * 1024) / seconds:0.0} MB/s of text, peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MB
              CPU {cpu.TotalSeconds:0.0} s ({PerArticle(cpu, count)} per article); per article, summed over threads: prepare {PerArticle(report.Stages.Prepare, count)}, quotes {PerArticle(report.Stages.Quotes, count)}, write {PerArticle(report.Stages.Write, count)} (one writer){StageCpu(report.Stages.Cpu, cpu, count)}
            """);
        output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}
            {indexing}
            Search over {total:N0} articles, {queryCount:N0} one-word queries (top 10 by BM25 with snippets):
              p50 {Percentile(latencies, 0.50):0.00} ms, p99 {Percentile(latencies, 0.99):0.00} ms, max {latencies[^1]:0.00} ms
            {prefixes.Count:N0} prefix queries each: autocomplete on 2 letters {Summary(suggest)}; search "xyz*" {Summary(search3)}; search "xyzw*" {Summary(search4)}
            """));
        return CliOutput.Success;
    }

    /// <summary>The stages' CPU time, which unlike their wall-clock time does not grow when the machine is busy.</summary>
    private static string StageCpu(IndexStageTimes? stages, TimeSpan process, int count) => stages is null ? "" : string.Create(CultureInfo.InvariantCulture,
        $"\n  CPU per article by stage: prepare {PerArticle(stages.Prepare, count)}, quotes {PerArticle(stages.Quotes, count)}, write {PerArticle(stages.Write, count)} (one writer); the rest (reading, GC and JIT threads) {PerArticle(process - stages.Prepare - stages.Quotes - stages.Write, count)}");

    private static async Task<List<double>> TimeAsync<T>(List<string> words, Func<string, Task<T>> query)
    {
        var times = new List<double>(words.Count);
        foreach (var word in words)
        {
            var started = Stopwatch.GetTimestamp();
            await query(word);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static string Summary(List<double> sorted) =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {Percentile(sorted, 0.50):0.00} / p99 {Percentile(sorted, 0.99):0.00} / max {sorted[^1]:0.00} ms");

    private static string PerArticle(TimeSpan time, int count) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds / Math.Max(1, count):0.000} ms");

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
