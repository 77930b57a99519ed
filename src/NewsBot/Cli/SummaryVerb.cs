using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;
using NewsBot.Core.Summaries;
using NewsBot.Handlers;

namespace NewsBot.Cli;

/// <summary>
/// <c>summary &lt;id|query&gt;</c>, <c>summary --topic "&lt;query&gt;"</c> and <c>summary --all --json</c>: the same summaries
/// as /summary, for one article, a topic across articles and languages, or every article (an export).
/// </summary>
internal static class SummaryVerb
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string[]>("article") { Description = "Article id, or words of its title", Arity = ArgumentArity.ZeroOrMore };
        var sentences = new Option<int?>("--sentences", "-s") { Description = $"Exactly this many sentences (1-{SummaryLength.MaxSentences})" };
        var length = new Option<string?>("--length") { Description = "short, medium (default) or long: adapts to the article's length" };
        length.AcceptOnlyFromAmong("short", "medium", "long");
        var topic = new Option<string?>("--topic", "-t") { Description = "Summarise a topic across the best-matching articles" };
        var language = new Option<string?>("--language", "-l") { Description = "Language of a topic summary (default: most of the matching articles)" };
        var all = new Option<bool>("--all") { Description = "Summarise every indexed article (use with --json to export)" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {id, externalId, title, language, sentences, sourceSentences}" };
        var command = new Command("summary", "Summarise an article, a topic, or every article") { target, sentences, length, topic, language, all, json };
        command.SetAction((result, token) =>
        {
            var words = string.Join(' ', result.GetValue(target) ?? []);
            var (topicText, everything) = (result.GetValue(topic), result.GetValue(all));
            if ((words.Length > 0 ? 1 : 0) + (topicText is null ? 0 : 1) + (everything ? 1 : 0) != 1)
            {
                context.Output.Error.WriteLine("Give exactly one of: an article id or title words, --topic \"<words>\", or --all. See: newsbot summary --help");
                return Task.FromResult(CliOutput.UsageError);
            }

            if (result.GetValue(sentences) is { } n && n is < 1 or > SummaryLength.MaxSentences)
            {
                return Task.FromResult(context.Output.Fail($"--sentences must be between 1 and {SummaryLength.MaxSentences}."));
            }

            var size = result.GetValue(sentences) is { } count ? SummaryLength.Of(count)
                : SummaryLength.TryParsePreset(result.GetValue(length), out var preset) ? SummaryLength.Of(preset) : SummaryLength.Medium;
            var asJson = result.GetValue(json);
            return context.RunAsync(async (services, ct) =>
            {
                var summaries = services.GetRequiredService<SummaryService>();
                if (topicText is not null)
                {
                    return await TopicAsync(context.Output, summaries, topicText, size, result.GetValue(language), asJson, ct);
                }

                var store = services.GetRequiredService<IArticleStore>();
                if (everything)
                {
                    return await AllAsync(context.Output, store, summaries, size, asJson, ct);
                }

                if (await services.GetRequiredService<ArticleLookup>().FindAsync(words, ct) is not { } article
                    || await summaries.SummarizeAsync(article, size, ct) is not { } one)
                {
                    return context.Output.Fail($"no article matches '{words}'. Find one with: newsbot search <words>");
                }

                Print(context.Output, [one], asJson);
                return CliOutput.Success;
            }, token);
        });
        return command;
    }

    private static async Task<int> AllAsync(CliOutput output, IArticleStore store, SummaryService summaries, SummaryLength size, bool json, CancellationToken ct)
    {
        const int Page = 500;
        var results = new List<(Article, Summary)>();
        for (var offset = 0; ; offset += Page)
        {
            var articles = await store.ListAsync(new ArticleListQuery(Limit: Page, Offset: offset), ct);
            foreach (var article in articles)
            {
                if (await summaries.SummarizeAsync(article, size, ct) is { } one)
                {
                    results.Add(one);
                }
            }

            if (articles.Count < Page)
            {
                break;
            }
        }

        Print(output, results, json);
        return CliOutput.Success;
    }

    private static void Print(CliOutput output, IReadOnlyList<(Article Article, Summary Summary)> summaries, bool json)
    {
        if (json)
        {
            output.WriteJson<IReadOnlyList<SummaryJson>>([.. summaries.Select(s => new SummaryJson(s.Article.Key, s.Article.ExternalId, s.Article.Title,
                s.Article.Language, [.. s.Summary.Sentences.Select(x => x.Text)], [.. s.Summary.Sentences.Select(x => x.SentenceIndex)]))],
                CliJsonContext.Default.IReadOnlyListSummaryJson);
            return;
        }

        foreach (var (article, summary) in summaries)
        {
            output.Out.WriteLine($"{article.Title} ({article.Key}, {article.Language})");
            foreach (var sentence in summary.Sentences)
            {
                output.Out.WriteLine("  - " + sentence.Text);
            }

            output.Out.WriteLine();
        }
    }

    private static async Task<int> TopicAsync(CliOutput output, SummaryService summaries, string topic, SummaryLength size, string? language, bool json, CancellationToken ct)
    {
        var query = SearchQueryParser.Parse(topic);
        if (!query.CanRun)
        {
            return output.Fail(query.Problem!);
        }

        var (summary, articles) = await summaries.SummarizeTopicAsync(query, size, language, ct);
        if (articles.Count == 0)
        {
            return output.Fail($"no article matches '{topic}'. Try other words.");
        }

        TopicSourceJson Source(TopicSource s) => new(articles[s.ArticleId].Key, s.Title, s.Language, articles[s.ArticleId].Url);
        if (json)
        {
            output.WriteJson(new TopicSummaryJson(topic, summary.Language, [.. summary.Sentences.Select(s => s.Text)],
                [.. summary.Sentences.Select(s => new SentenceSourceJson(articles[s.ArticleId].Key, s.SentenceIndex))],
                [.. summary.Sources.Select(Source)], [.. summary.OtherLanguageSources.Select(Source)]), CliJsonContext.Default.TopicSummaryJson);
            return CliOutput.Success;
        }

        output.Out.WriteLine($"Topic: {topic} (summary in {summary.Language})");
        foreach (var sentence in summary.Sentences)
        {
            output.Out.WriteLine($"  - {sentence.Text} [{articles[sentence.ArticleId].Key}]");
        }

        output.Out.WriteLine("Sources: " + string.Join("; ", summary.Sources.Select(s => $"{s.Title} ({articles[s.ArticleId].Key})")));
        if (summary.OtherLanguageSources.Count > 0)
        {
            output.Out.WriteLine("Other languages: " + string.Join("; ", summary.OtherLanguageSources.Select(s => $"{s.Title} ({articles[s.ArticleId].Key}, {s.Language})")));
        }

        return CliOutput.Success;
    }
}
