using System.Globalization;
using System.Text;

namespace NewsBot.Core.Evaluation.Benchmark;

/// <summary>
/// What a benchmark run measured. <see cref="Scores"/> has one row per system, language and token rules.
/// <see cref="SummarizeTime"/> is wall-clock time of the fastest pass summarising every article (preparation and scoring excluded; see
/// <see cref="RougeBenchmark.SpeedPasses"/>), run on
/// <see cref="Threads"/> threads. <see cref="SummarizeCpuTime"/> is the processor time the process used in that pass: on a
/// machine shared with other work, articles per CPU-second says more about the summarizer than wall-clock throughput.
/// </summary>
public sealed record RougeBenchmarkResult(
    int Sentences,
    int Articles,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<RougeSystemScore> Scores,
    TimeSpan SummarizeTime,
    TimeSpan SummarizeCpuTime,
    int Threads)
{
    public const string NewsBot = "NewsBot";

    public string LeadName => "Lead-" + Sentences.ToString(CultureInfo.InvariantCulture);

    public double ArticlesPerSecond => SummarizeTime > TimeSpan.Zero ? Articles / SummarizeTime.TotalSeconds : 0;

    public double ArticlesPerCpuSecond => SummarizeCpuTime > TimeSpan.Zero ? Articles / SummarizeCpuTime.TotalSeconds : 0;

    /// <summary>The row of <paramref name="system"/> under <paramref name="rules"/>, or null when nothing was scored that way.</summary>
    public RougeSystemScore? Find(string system, string language, string rules) =>
        Scores.FirstOrDefault(s => s.System == system && string.Equals(s.Language, language, StringComparison.OrdinalIgnoreCase) && s.Rules == rules);

    /// <summary>A plain-text table (ROUGE as percentages, as papers print them) for a terminal or a log.</summary>
    public string FormatTable()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{"system",-9} {"lang",-4} {"rules",-22} {"articles",8} {"R-1",6} {"R-2",6} {"R-Lsum",6}");
        foreach (var s in Scores.OrderBy(s => s.Language).ThenBy(s => s.Rules).ThenBy(s => s.System != NewsBot))
        {
            text.AppendLine(c, $"{s.System,-9} {s.Language,-4} {s.Rules,-22} {s.Articles,8} {s.Rouge1 * 100,6:F2} {s.Rouge2 * 100,6:F2} {s.RougeLsum * 100,6:F2}");
        }

        text.AppendLine(c, $"summarised {Articles} articles in {SummarizeTime.TotalSeconds:F3} s on {Threads} threads: {ArticlesPerSecond:F0} articles/s ({ArticlesPerCpuSecond:F0} per CPU-second)");
        if (Skipped.Count > 0)
        {
            text.AppendLine(c, $"skipped {Skipped.Count}: {string.Join("; ", Skipped.Take(5))}");
        }

        return text.ToString();
    }
}
