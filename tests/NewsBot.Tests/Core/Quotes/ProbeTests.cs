using Xunit.Abstractions;

namespace NewsBot.Tests.Core.Quotes;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (var text in File.ReadAllText("/tmp/qen3/probe.txt").Split("\n===\n"))
        {
            output.WriteLine(text[..Math.Min(80, text.Length)]);
            output.WriteLine(QuoteArticles.Describe(QuoteArticles.Extract(text.Trim(), "en")));
            output.WriteLine("");
        }
    }
}
