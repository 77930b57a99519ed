using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;

namespace NewsBot.Cli;

/// <summary><c>search &lt;query&gt;</c>: full-text search with the same query rules as /search.</summary>
internal static class SearchVerb
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string[]>("query") { Description = "Words, \"exact phrases\", -excluded, prefix*", Arity = ArgumentArity.OneOrMore };
        var language = new Option<string?>("--language", "-l") { Description = "Only articles in this language (en, fr...)" };
        var since = new Option<string?>("--since") { Description = "Published on or after this date (2024-04-23)" };
        var until = new Option<string?>("--until") { Description = "Published before this date" };
        var limit = new Option<int>("--limit", "-n") { Description = "How many results (1-100)", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {id, externalId, title, language, score, snippet}" };
        var command = new Command("search", "Search indexed articles (best match first)") { query, language, since, until, limit, json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var text = string.Join(' ', result.GetValue(query)!);
            var parsed = SearchQueryParser.Parse(text);
            if (!parsed.CanRun)
            {
                return context.Output.Fail(parsed.Problem!);
            }

            if (!CliParsing.TryDate(result.GetValue(since), out var from, out var problem) || !CliParsing.TryDate(result.GetValue(until), out var to, out problem))
            {
                return context.Output.Fail(problem!);
            }

            foreach (var note in parsed.Notes)
            {
                context.Output.Error.WriteLine(note);
            }

            var hits = await services.GetRequiredService<IArticleStore>().SearchAsync(
                new SearchRequest(parsed, result.GetValue(language), from, to, CliParsing.ClampLimit(result.GetValue(limit))), ct);
            if (result.GetValue(json))
            {
                context.Output.WriteJson<IReadOnlyList<SearchHitJson>>([.. hits.Select(SearchHitJson.From)], CliJsonContext.Default.IReadOnlyListSearchHitJson);
            }
            else if (hits.Count == 0)
            {
                context.Output.Out.WriteLine($"No article matches {text}. Try fewer or other words, or a prefix such as crypt*.");
            }
            else
            {
                foreach (var hit in hits)
                {
                    context.Output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Article.Key}  {hit.Score,7:0.00}  {hit.Article.Language}  {hit.Article.Title}"));
                    context.Output.Out.WriteLine("    " + hit.Snippet.ReplaceLineEndings(" "));
                }
            }

            return CliOutput.Success;
        }, token));
        return command;
    }
}
