using NewsBot.Core.Stories;
using Xunit.Abstractions;

namespace NewsBot.Tests.Core.Stories;

public sealed class CalibrationProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var clusterer = new StoryClusterer();
        var seeds = new[] { StoryArticles.Seed("000", 1), StoryArticles.Seed("002", 2) };
        foreach (var s in seeds)
        {
            output.WriteLine(s.Title + ": " + string.Join(", ", EntityExtractor.Extract(s).Select(f => $"{f.Key}x{f.Count}")));
        }

        output.WriteLine("seeds " + clusterer.Similarities(seeds)[0, 1]);
        var bench = StoryArticles.Bench("summ_en.jsonl", 250, 10).Concat(StoryArticles.Bench("summ_fr.jsonl", 300, 1000)).Concat(seeds).ToList();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var sim = clusterer.Similarities(bench);
        var groups = clusterer.Group(bench.Take(500).ToList());
        output.WriteLine($"n={bench.Count} {sw.ElapsedMilliseconds} ms, groups>1: {groups.Count(g => g.Articles.Count > 1)}");
        var pairs = new List<(double, int, int)>();
        for (var i = 0; i < bench.Count; i++)
        {
            for (var j = i + 1; j < bench.Count; j++)
            {
                if (sim[i, j] > 0) pairs.Add((sim[i, j], i, j));
            }
        }

        output.WriteLine($"nonzero pairs {pairs.Count}");
        foreach (var t in new[] { 0.25, 0.3, 0.35, 0.4, 0.45, 0.5 })
        {
            var g = new StoryClusterer(StoryOptions.Default with { Threshold = t }).Group(bench.Take(500).ToList());
            output.WriteLine($"t={t}: pairs above {pairs.Count(p => p.Item1 >= t)}, groups>1 {g.Count(x => x.Articles.Count > 1)}, max size {g.Max(x => x.Articles.Count)}");
        }

        var f1 = bench.First(b => b.Title.StartsWith("Barcelona boss", StringComparison.Ordinal));
        var f2 = bench.First(b => b.Title.StartsWith("Carlo Ancelotti has revealed", StringComparison.Ordinal));
        output.WriteLine(string.Join(", ", EntityExtractor.Extract(f1).Select(f => $"{f.Key}x{f.Count}")));
        output.WriteLine(string.Join(", ", EntityExtractor.Extract(f2).Select(f => $"{f.Key}x{f.Count}")));
        foreach (var (v, i, j) in pairs.OrderByDescending(p => p.Item1).Take(25))
        {
            output.WriteLine($"{v:0.000}  {bench[i].Title[..Math.Min(60, bench[i].Title.Length)]} || {bench[j].Title[..Math.Min(60, bench[j].Title.Length)]}");
        }
    }
}
