using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.Articles;
using NewsBot.Handlers;

namespace NewsBot.Cli;

/// <summary><c>show &lt;id&gt;</c>: one article, its metadata and its text.</summary>
internal static class ShowVerb
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Article id (from articles or search), or its external id" };
        var json = new Option<bool>("--json") { Description = "Print the article with its paragraphs and sentences as JSON" };
        var command = new Command("show", "Show one article") { id, json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var store = services.GetRequiredService<IArticleStore>();
            var wanted = result.GetValue(id)!;
            if (await store.FindAsync(wanted, ct) is not { } article || await store.GetDetailAsync(article.Id, ct) is not { } detail)
            {
                return context.Output.Fail($"no article has the id '{wanted}'. List ids with: newsbot articles, or find one with: newsbot search <words>");
            }

            if (result.GetValue(json))
            {
                context.Output.WriteJson(ArticleDetailJson.From(detail), CliJsonContext.Default.ArticleDetailJson);
                return CliOutput.Success;
            }

            var output = context.Output.Out;
            output.WriteLine(article.Title);
            output.WriteLine($"{article.Key} · {article.Language} · {ArticleText.SourceLabel(article)} · {ArticleText.Date(article.Published)} · {article.Words} words");
            if (article.Url is { } url)
            {
                output.WriteLine(url);
            }

            output.WriteLine();
            foreach (var paragraph in detail.Paragraphs)
            {
                output.WriteLine(paragraph.IsHeading ? "## " + paragraph.Text : paragraph.Text);
                output.WriteLine();
            }

            return CliOutput.Success;
        }, token));
        return command;
    }
}
