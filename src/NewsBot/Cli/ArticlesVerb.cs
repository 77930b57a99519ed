using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.Articles;
using NewsBot.Handlers;

namespace NewsBot.Cli;

/// <summary><c>articles</c>: the newest indexed articles.</summary>
internal static class ArticlesVerb
{
    public static Command Create(CliContext context)
    {
        var language = new Option<string?>("--language", "-l") { Description = "Only articles in this language (en, fr...)" };
        var limit = new Option<int>("--limit", "-n") { Description = "How many (1-100)", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Skip this many first" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {id, externalId, title, language, source, url, published, words}" };
        var command = new Command("articles", "List indexed articles, newest first") { language, limit, offset, json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var store = services.GetRequiredService<IArticleStore>();
            var articles = await store.ListAsync(new ArticleListQuery(result.GetValue(language), Limit: CliParsing.ClampLimit(result.GetValue(limit)), Offset: Math.Max(0, result.GetValue(offset))), ct);
            if (result.GetValue(json))
            {
                context.Output.WriteJson<IReadOnlyList<ArticleJson>>([.. articles.Select(ArticleJson.From)], CliJsonContext.Default.IReadOnlyListArticleJson);
            }
            else if (articles.Count == 0)
            {
                context.Output.Out.WriteLine("No articles. Index some with: newsbot index <folder>");
            }
            else
            {
                foreach (var a in articles)
                {
                    context.Output.Out.WriteLine($"{a.Key}  {a.Language}  {ArticleText.Date(a.Published ?? a.IndexedAt)}  {a.Title}");
                }
            }

            return CliOutput.Success;
        }, token));
        return command;
    }
}
