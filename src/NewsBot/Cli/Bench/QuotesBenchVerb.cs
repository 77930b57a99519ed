using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Ingest;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;

namespace NewsBot.Cli.Bench;

/// <summary>
/// <c>bench quotes &lt;files.jsonl&gt;</c>: quote extraction speed on one core (articles are prepared first, outside the
/// timing, as the indexer does on its workers) and what was found: counts per kind and language, share attributed.
/// </summary>
internal static class QuotesBenchVerb
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "JSONL files of articles (e.g. ../shared/bench/summ_en.jsonl ../shared/bench/summ_fr.jsonl)", Arity = ArgumentArity.OneOrMore };
        var articles = new Option<int?>("--articles", "-n") { Description = "How many articles to extract from (the files are repeated; default: each once)" };
        var command = new Command("quotes", "Measure quote extraction speed and count what it finds") { files, articles };
        command.SetAction((result, token) => context.RunAsync((services, ct) =>
        {
            var corpus = BenchCorpus.Load(result.GetValue(files)!);
            var count = Math.Max(1, result.GetValue(articles) ?? corpus.Originals);
            return RunAsync(context.Output, services.GetRequiredService<IArticlePreparer>(), services.GetRequiredService<IQuoteExtractor>(), corpus, count, ct);
        }, token));
        return command;
    }

    private static async Task<int> RunAsync(CliOutput output, IArticlePreparer preparer, IQuoteExtractor extractor, BenchCorpus corpus, int count, CancellationToken ct)
    {
        var prepared = new List<PreparedArticle>(count);
        var rejected = 0;
        foreach (var document in corpus.Repeat(count))
        {
            try
            {
                prepared.Add(preparer.Prepare(document));
            }
            catch (DocumentRejectedException)
            {
                rejected++;
            }
        }

        var quotes = new List<Quote>();
        var watch = new Stopwatch();
        await TerminalProgress.RunAsync("Extracting quotes", prepared.Count, update => Task.Run(() =>
        {
            for (var i = 0; i < prepared.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                watch.Start();
                var found = extractor.Extract(prepared[i]);
                watch.Stop();
                quotes.AddRange(found);
                update(i + 1, null);
            }
        }, ct));

        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
        var bytes = prepared.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Body));
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; extraction timed on one core (the indexer runs one per core)");
        report.AppendLine(CultureInfo.InvariantCulture, $"Extracted from {prepared.Count:N0} articles ({corpus.Originals} originals; {rejected} rejected by the preparer) in {seconds:0.00} s");
        report.AppendLine(CultureInfo.InvariantCulture, $"  {prepared.Count / seconds:N0} articles/s, {bytes / (1024.0 * 1024) / seconds:0.0} MB/s of text");
        var attributed = quotes.Count(q => q.IsAttributed);
        report.AppendLine(CultureInfo.InvariantCulture, $"{quotes.Count:N0} quotes ({(quotes.Count == 0 ? 0 : 100.0 * attributed / quotes.Count):0.0}% attributed), {(prepared.Count == 0 ? 0 : (double)quotes.Count / prepared.Count):0.00} per article:");
        foreach (var group in quotes.GroupBy(q => (Kind: QuoteKinds.ToStorage(q.Kind), q.Language)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Language, StringComparer.Ordinal))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key.Kind,-9} {group.Key.Language,-3} {group.Count(),8:N0}");
        }

        output.Out.Write(report.ToString());
        return CliOutput.Success;
    }
}
