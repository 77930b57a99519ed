using System.Collections.Concurrent;
using System.Diagnostics;
using NewsBot.Core.Ingest;
using NewsBot.Core.Ingest.Html;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Summaries;

namespace NewsBot.Core.Evaluation.Benchmark;

/// <summary>
/// Scores the summarizer against human references with ROUGE, side by side with Lead-N (the first N body sentences), the
/// baseline news summarisation has to beat. Each article goes through the real <see cref="IArticlePreparer"/> as indexing
/// would (plain text, stated language and title), so both systems see the same sentences the bot stores.
/// </summary>
public sealed class RougeBenchmark(IArticlePreparer preparer, ISummarizer summarizer, TimeProvider timeProvider)
{
    public RougeBenchmark(IArticlePreparer preparer, ISummarizer summarizer)
        : this(preparer, summarizer, TimeProvider.System)
    {
    }

    /// <summary>How many articles are summarised and scored at once; the default uses every core.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many times the summaries are computed; the fastest pass is reported. The first pass also pays for just-in-time
    /// compilation, which a long-running bot pays once, so one pass would understate its steady speed.
    /// </summary>
    public int SpeedPasses { get; init; } = 5;

    /// <summary>A runner over the production pipeline and summarizer, for tools that do not use dependency injection.</summary>
    public static RougeBenchmark CreateDefault() =>
        new(new ArticlePreparer(new LanguageDetector(), new HtmlArticleExtractor()), new ExtractiveSummarizer());

    /// <summary>Reads <paramref name="path"/> (see <see cref="BenchmarkFile"/>) and runs it.</summary>
    public RougeBenchmarkResult Run(string path, int sentences, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Run(BenchmarkFile.Read(path), sentences, progress, cancellationToken);

    /// <summary>
    /// Summarises every article with <paramref name="sentences"/> sentences and scores it and Lead-N against the reference.
    /// <paramref name="progress"/> receives the number of articles finished so far (out of <paramref name="articles"/>.Count).
    /// Articles the pipeline rejects are listed in <see cref="RougeBenchmarkResult.Skipped"/>, not scored.
    /// </summary>
    public RougeBenchmarkResult Run(
        IReadOnlyList<BenchmarkArticle> articles, int sentences, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var length = SummaryLength.Of(sentences);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads), CancellationToken = cancellationToken };
        var (prepared, skipped) = PrepareAll(articles, parallel);
        var (summaries, elapsed, cpu) = SummarizeAll(prepared, length, parallel);
        var scores = new ConcurrentBag<ArticleScore>();
        var done = skipped.Count;
        progress?.Report(done);
        Parallel.For(0, articles.Count, parallel, i =>
        {
            if (prepared[i] is { } article && summaries[i] is { } summary)
            {
                Score(articles[i], Lines(summary.Sentences.Select(s => s.Text)), Lines(Lead(article, sentences)), sentences, scores);
                progress?.Report(Interlocked.Increment(ref done));
            }
        });

        return new RougeBenchmarkResult(sentences, articles.Count - skipped.Count, skipped, Aggregate(scores), elapsed, cpu,
            parallel.MaxDegreeOfParallelism);
    }

    /// <summary>Lead-N: the first N body sentences as stored, headings skipped, nothing else removed.</summary>
    public static IEnumerable<string> Lead(PreparedArticle article, int sentences)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Sentences.Where(s => !s.IsHeading).Take(sentences).Select(s => s.Text);
    }

    private (PreparedArticle?[] Prepared, List<string> Skipped) PrepareAll(IReadOnlyList<BenchmarkArticle> articles, ParallelOptions parallel)
    {
        var skipped = new ConcurrentQueue<(int Index, string Why)>();
        var prepared = new PreparedArticle?[articles.Count];
        Parallel.For(0, articles.Count, parallel, i =>
        {
            try
            {
                prepared[i] = preparer.Prepare(ToRawDocument(articles[i]));
            }
            catch (DocumentRejectedException e)
            {
                skipped.Enqueue((i, $"{articles[i].Id}: {e.Message}"));
            }
        });
        return (prepared, [.. skipped.OrderBy(s => s.Index).Select(s => s.Why)]);
    }

    /// <summary>Summarises everything <see cref="SpeedPasses"/> times and keeps the fastest pass's wall-clock and CPU time.</summary>
    private (Summary?[] Summaries, TimeSpan Elapsed, TimeSpan Cpu) SummarizeAll(PreparedArticle?[] prepared, SummaryLength length, ParallelOptions parallel)
    {
        var summaries = new Summary?[prepared.Length];
        var elapsed = TimeSpan.MaxValue;
        var cpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        for (var pass = 0; pass < Math.Max(1, SpeedPasses); pass++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var started = timeProvider.GetTimestamp();
            Parallel.For(0, prepared.Length, parallel, i =>
            {
                if (prepared[i] is { } article)
                {
                    summaries[i] = summarizer.Summarize(new SummaryInput(i, article.Title, article.Language, article.Sentences), length);
                }
            });
            var took = timeProvider.GetElapsedTime(started);
            process.Refresh();
            if (took < elapsed)
            {
                elapsed = took;
                cpu = process.TotalProcessorTime - cpuBefore;
            }
        }

        return (summaries, elapsed, cpu);
    }

    internal static RawDocument ToRawDocument(BenchmarkArticle article) =>
        new("bench:" + article.Id, article.Text, DocumentFormat.PlainText, ExternalId: article.Id, Title: article.Title, Language: article.Language);

    // ROUGE-Lsum reads one sentence a line.
    private static string Lines(IEnumerable<string> sentences) => string.Join('\n', sentences.Select(s => s.ReplaceLineEndings(" ")));

    private static void Score(BenchmarkArticle article, string system, string lead, int sentences, ConcurrentBag<ArticleScore> scores)
    {
        var language = article.Language.ToLowerInvariant();
        foreach (var rules in RougeRules.For(language))
        {
            var scorer = new RougeScorer(rules.Tokenizer);
            scores.Add(new ArticleScore(RougeBenchmarkResult.NewsBot, language, rules.Name, scorer.Score(article.Reference, system)));
            scores.Add(new ArticleScore("Lead-" + sentences.ToString(System.Globalization.CultureInfo.InvariantCulture), language, rules.Name,
                scorer.Score(article.Reference, lead)));
        }
    }

    private static List<RougeSystemScore> Aggregate(IEnumerable<ArticleScore> scores) =>
        [.. scores.GroupBy(s => (s.System, s.Language, s.Rules))
            .Select(g => new RougeSystemScore(g.Key.System, g.Key.Language, g.Key.Rules, g.Count(),
                g.Average(s => s.Result.Rouge1.F), g.Average(s => s.Result.Rouge2.F), g.Average(s => s.Result.RougeLsum.F)))
            .OrderBy(s => s.Language, StringComparer.Ordinal).ThenBy(s => s.Rules, StringComparer.Ordinal).ThenBy(s => s.System, StringComparer.Ordinal)];

    private sealed record ArticleScore(string System, string Language, string Rules, RougeResult Result);
}
