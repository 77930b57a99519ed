using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.Digests;
using NewsBot.Core.Language.Detection;
using NewsBot.Core.Search;

namespace NewsBot.Cli;

/// <summary>
/// <c>digest preview [--language L] [--topic Q] [--since T] [--max N] [--json]</c>: the stories a digest would post now,
/// without posting or recording anything. <c>--since</c> defaults to 24 hours ago, the window of a daily digest.
/// </summary>
internal static class DigestVerb
{
    public static Command Create(CliContext context) =>
        new("digest", "Digests of new articles grouped into stories") { Preview(context) };

    private static Command Preview(CliContext context)
    {
        var language = new Option<string?>("--language", "-l") { Description = "The reader's language: summaries in it when a story has a source in it (en, fr...)" };
        var topic = new Option<string?>("--topic", "-t") { Description = "Only articles matching these search words" };
        var since = new Option<string>("--since") { Description = "Articles indexed since: a duration back from now (90m, 24h, 3d, 2w) or a date", DefaultValueFactory = _ => "24h" };
        var max = new Option<int>("--max", "-n") { Description = $"At most this many stories (1-{DigestRequest.MaxMaxStories})", DefaultValueFactory = _ => DigestRequest.DefaultMaxStories };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {title, summary, quote: {text, speaker}, sources: [{id, title, language, url}]}" };
        var command = new Command("preview", "Show the stories a digest would post now (nothing is posted or recorded)") { language, topic, since, max, json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var output = context.Output;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!CliParsing.TrySince(result.GetValue(since)!, now, out var from, out var problem))
            {
                return output.Fail(problem!);
            }

            var stories = result.GetValue(max);
            if (stories is < 1 or > DigestRequest.MaxMaxStories)
            {
                return output.Fail($"--max must be between 1 and {DigestRequest.MaxMaxStories}; {stories} was given.");
            }

            string? wanted = null;
            if (result.GetValue(language) is { } tag && (wanted = LanguageCodes.Normalize(tag)) is null)
            {
                return output.Fail($"'{tag}' is not a language code; use a two-letter code such as en or fr.");
            }

            SearchQuery? query = null;
            if (result.GetValue(topic) is { } words && !(query = SearchQueryParser.Parse(words)).CanRun)
            {
                return output.Fail(query.Problem ?? $"--topic '{words}' has no words to search for.");
            }

            var candidates = await services.GetRequiredService<DigestCandidateLoader>().LoadAsync(new DigestCandidateQuery(from, query), ct);
            var digest = await services.GetRequiredService<DigestComposer>().ComposeAsync(candidates, new DigestRequest(wanted, stories), ct);
            Print(output, digest, from, query, result.GetValue(json));
            return CliOutput.Success;
        }, token));
        return command;
    }

    private static void Print(CliOutput output, Digest digest, DateTimeOffset since, SearchQuery? topic, bool json)
    {
        if (digest.IsEmpty)
        {
            var about = topic is null ? "" : $" matching '{topic.Text}'";
            var message = $"No new articles{about} indexed since {since.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC: a digest now would be skipped. Try an earlier --since.";
            (json ? output.Error : output.Out).WriteLine(message);
        }

        if (json)
        {
            output.WriteJson<IReadOnlyList<DigestStoryJson>>([.. digest.Stories.Select(s => new DigestStoryJson(
                s.Title,
                [.. s.Summary.Select(x => x.Text)],
                s.Quote is { } q ? new DigestQuoteJson(q.Text, q.Speaker) : null,
                [.. s.Sources.Select(x => new DigestSourceJson(x.ArticleKey, x.Title, x.Language, x.Url))]))],
                CliJsonContext.Default.IReadOnlyListDigestStoryJson);
            return;
        }

        foreach (var story in digest.Stories)
        {
            output.Out.WriteLine($"{story.Title} ({story.Sources.Count} source{(story.Sources.Count == 1 ? "" : "s")})");
            foreach (var sentence in story.Summary)
            {
                output.Out.WriteLine("  - " + sentence.Text);
            }

            if (story.Quote is { } quote)
            {
                output.Out.WriteLine($"  \u201C{quote.Text}\u201D ({quote.Speaker})");
            }

            foreach (var source in story.Sources)
            {
                output.Out.WriteLine($"  * {source.Title} [{source.ArticleKey}, {source.Language}]{(source.Url is null ? "" : " " + source.Url)}");
            }

            output.Out.WriteLine();
        }
    }
}
