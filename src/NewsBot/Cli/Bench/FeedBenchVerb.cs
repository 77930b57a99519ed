using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Feeds;
using NewsBot.Core.Ingest.Html;

namespace NewsBot.Cli.Bench;

/// <summary>
/// <c>bench feeds</c>: the CPU side of feed polling on real news, with no network: parsing RSS/Atom feeds made from the
/// articles (<see cref="BenchFeeds"/>) and extracting the article from their pages, each repeated. Reports items/s,
/// pages/s and MB/s.
/// </summary>
internal static class FeedBenchVerb
{
    private static readonly Uri FeedUrl = new("https://news.example/feed");

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Description = "JSONL files of articles (e.g. ../shared/bench/summ_en.jsonl)", Arity = ArgumentArity.OneOrMore };
        var rounds = new Option<int>("--rounds", "-r") { Description = "How many times the feeds and pages are processed", DefaultValueFactory = _ => 20 };
        var command = new Command("feeds", "Measure feed parsing and page extraction throughput") { files, rounds };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var articles = BenchCorpus.Load(result.GetValue(files)!);
            var originals = articles.Repeat(articles.Originals).ToList();
            var feeds = BenchFeeds.Feeds(originals);
            var pages = BenchFeeds.Pages(originals);
            var count = Math.Max(1, result.GetValue(rounds));
            var extractor = services.GetRequiredService<HtmlArticleExtractor>();

            var feedBytes = feeds.Sum(f => (long)f.Length) * count;
            var items = 0;
            var parsing = Stopwatch.StartNew();
            await TerminalProgress.RunAsync("Parsing feeds", count, update => Repeat(count, update, () => items += FeedWorkload.ParseFeeds(feeds, FeedUrl), ct));
            parsing.Stop();

            var pageBytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p)) * count;
            var paragraphs = 0;
            var extracting = Stopwatch.StartNew();
            await TerminalProgress.RunAsync("Extracting pages", count, update => Repeat(count, update, () => paragraphs += FeedWorkload.ExtractPages(pages, extractor), ct));
            extracting.Stop();

            var (p, e) = (parsing.Elapsed.TotalSeconds, extracting.Elapsed.TotalSeconds);
            context.Output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version} (one thread)
                Feeds: {feeds.Count} documents of up to {BenchFeeds.ItemsPerFeed} items (RSS 2.0 and Atom, full content), {count} rounds
                  {items:N0} items parsed in {p:0.00} s: {items / p:N0} items/s, {feedBytes / (1024.0 * 1024) / p:0.0} MB/s
                Pages: {pages.Count} article pages with boilerplate, {count} rounds
                  {pages.Count * count:N0} pages extracted ({paragraphs:N0} paragraphs kept) in {e:0.00} s: {pages.Count * count / e:N0} pages/s, {pageBytes / (1024.0 * 1024) / e:0.0} MB/s
                """));
            return CliOutput.Success;
        }, token));
        return command;
    }

    private static Task Repeat(int rounds, Action<double, string?> update, Action work, CancellationToken ct)
    {
        for (var i = 0; i < rounds; i++)
        {
            ct.ThrowIfCancellationRequested();
            work();
            update(i + 1, null);
        }

        return Task.CompletedTask;
    }
}
