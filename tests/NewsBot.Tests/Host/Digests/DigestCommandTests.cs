namespace NewsBot.Tests.Host.Digests;

/// <summary>/digest in console mode, as an operator uses it: the real host, router, store and Quartz triggers.</summary>
public sealed class DigestCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Digest_SubscribeListPreviewSendRemove_WorksEndToEnd()
    {
        const string input = """
            /digest subscribe channel:42 schedule:weekdays 07:30 timezone:Europe/Paris language:fr max:3
            /digest list
            /digest preview id:1
            /digest send id:1
            """;

        var (code, output, _) = await _cli.RunWithInputAsync(input + "\n").WaitAsync(TimeSpan.FromMinutes(1));
        var (_, later, _) = await _cli.RunWithInputAsync("/digest send id:1\n/digest remove id:1\n/digest list\n").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, code);
        Assert.Contains("== Digest 1 scheduled ==", output, StringComparison.Ordinal);
        Assert.Contains("weekdays 07:30 (Europe/Paris) · up to 3 stories · fr", output, StringComparison.Ordinal);
        Assert.Contains("Sources (2)", output, StringComparison.Ordinal);
        Assert.Contains("[posted to #42]", output, StringComparison.Ordinal);
        Assert.Contains("Posted 1 stories.", output, StringComparison.Ordinal);
        Assert.Contains("Nothing posted: no new stories.", later, StringComparison.Ordinal);
        Assert.Contains("Digest 1 removed", later, StringComparison.Ordinal);
        Assert.Contains("No digests yet.", later, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/digest subscribe channel:42 schedule:daily 25:00", "not a time of day")]
    [InlineData("/digest subscribe channel:42 schedule:daily 08:00 timezone:Mars/Base", "not a time zone NewsBot knows")]
    [InlineData("/digest subscribe channel:42 schedule:0 0 99 * * ?", "not a valid cron expression")]
    [InlineData("/digest subscribe channel:42 schedule:daily 08:00 max:2 min:3", "min (3) is more than max (2)")]
    [InlineData("/digest subscribe channel:news schedule:daily 08:00", "takes a channel")]
    [InlineData("/digest remove id:99", "There is no digest 99")]
    [InlineData("/digest", "/digest needs one of: subscribe, list, remove, preview, send")]
    [InlineData("/digest frobnicate", "/digest needs one of")]
    public async Task Digest_BadInput_AnswersWithWhatIsWrong(string line, string message)
    {
        var (_, output, _) = await _cli.RunWithInputAsync(line + "\n").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Contains(message, output, StringComparison.Ordinal);
    }
}
