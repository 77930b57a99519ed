using System.CommandLine;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// The command line: <c>newsbot [verb] [options]</c>. Arguments of the form <c>--Section:Key=value</c> (or
/// <c>--Section:Key value</c>) are configuration switches, taken out before the verbs are parsed, so any setting can be
/// overridden for one run. Exit codes: 0 success, 1 user error, 2 usage error.
/// </summary>
public static class NewsBotCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, ConsoleStreams? streams = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (switches, rest) = SplitConfigSwitches(args);
        var context = new CliContext(new CliOutput(output, error), switches, streams);
        var root = new RootCommand("NewsBot: indexes news articles and serves summaries, quotes and digests on Discord or in the console.\n" +
            "Any setting can be given for one run as --Section:Key=value, e.g. --Storage:DatabasePath=/tmp/news.db")
        {
            RunVerb.Create(context),
            IndexVerb.Create(context),
            FeedVerb.Create(context),
            ArticlesVerb.Create(context),
            SearchVerb.Create(context),
            ShowVerb.Create(context),
            SummaryVerb.Create(context),
            QuotesVerb.Create(context),
            SpeakersVerb.Create(context),
            DigestVerb.Create(context),
            Bench.BenchVerb.Create(context),
        };
        root.SetAction((_, token) => RunVerb.RunAsync(context, token));

        var parsed = root.Parse(rest);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync("error: " + parseError.Message);
            }

            await error.WriteLineAsync($"See: newsbot {string.Join(' ', CommandPath(parsed))} --help".Replace("  ", " ", StringComparison.Ordinal));
            return CliOutput.UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    private static IEnumerable<string> CommandPath(ParseResult parsed)
    {
        for (var result = parsed.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            yield return result.Command.Name;
        }
    }

    /// <summary>Separates <c>--A:B=v</c> / <c>--A:B v</c> configuration switches from the verb's own arguments.</summary>
    internal static (List<string> Switches, List<string> Remaining) SplitConfigSwitches(string[] args)
    {
        var (switches, rest) = (new List<string>(), new List<string>());
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var name = arg.Split('=', 2)[0];
            if (arg.StartsWith("--", StringComparison.Ordinal) && name.Contains(':', StringComparison.Ordinal))
            {
                switches.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    switches.Add(args[++i]);
                }
            }
            else
            {
                rest.Add(arg);
            }
        }

        return (switches, rest);
    }
}
