using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Evaluation.Benchmark;
using NewsBot.Core.Ingest;
using NewsBot.Core.Summaries;

namespace NewsBot.Cli.Bench;

/// <summary>
/// <c>bench rouge &lt;file.jsonl&gt; --sentences N</c>: ROUGE-1, ROUGE-2 and ROUGE-Lsum of NewsBot's summaries and of Lead-N
/// on the same articles, side by side, with summarisation speed. The rules are in docs/summaries.md.
/// </summary>
internal static class RougeBenchVerb
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "JSONL of {id, lang, title?, text, reference} (e.g. ../shared/bench/summ_en.jsonl)" };
        var sentences = new Option<int>("--sentences", "-s") { Description = $"Summary length in sentences (1-{SummaryLength.MaxSentences}); Lead-N uses the same N", DefaultValueFactory = _ => 3 };
        var command = new Command("rouge", "Score summaries against human references, beside the Lead-N baseline") { file, sentences };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var n = result.GetValue(sentences);
            if (n is < 1 or > SummaryLength.MaxSentences)
            {
                return context.Output.Fail($"--sentences must be between 1 and {SummaryLength.MaxSentences}.");
            }

            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                return context.Output.Fail($"{path}: no such file. The benchmark files are in ../shared/bench/ beside the checkout.");
            }

            var articles = BenchmarkFile.Read(path);
            var benchmark = new RougeBenchmark(services.GetRequiredService<IArticlePreparer>(), services.GetRequiredService<ISummarizer>());
            RougeBenchmarkResult? outcome = null;
            await TerminalProgress.RunAsync("Scoring", articles.Count, update => Task.Run(() =>
                outcome = benchmark.Run(articles, n, new SyncProgress(done => update(done, null)), ct), ct));
            context.Output.Out.Write(outcome!.FormatTable());
            return CliOutput.Success;
        }, token));
        return command;
    }

    /// <summary>Reports on the worker's thread: Progress&lt;T&gt; would post to a context the benchmark's threads do not have.</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
