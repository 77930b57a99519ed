using System.CommandLine;

namespace NewsBot.Cli.Bench;

/// <summary><c>bench</c>: measurements that belong in the README's Performance section, never in unit tests.</summary>
internal static class BenchVerb
{
    public static Command Create(CliContext context) =>
        new("bench", "Measure NewsBot's speed and quality on real news")
        {
            IndexBenchVerb.Create(context),
            RougeBenchVerb.Create(context),
            FeedBenchVerb.Create(context),
            QuotesBenchVerb.Create(context),
        };
}
