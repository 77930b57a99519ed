using System.Globalization;
using NewsBot.Commands;
using NewsBot.Core.Search;
using NewsBot.Core.Summaries;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>
/// /summary: the gist of one article (<c>article:</c>) or of a topic across articles and languages (<c>topic:</c>).
/// One command with optional options rather than two subcommands, so <c>/summary article:…</c> stays as short to type as
/// possible; exactly one of article and topic must be given.
/// </summary>
public sealed class SummaryCommand(ArticleLookup lookup, SummaryService summaries) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new("summary", "Summarise an article, or a topic across articles",
    [
        new("article", "Article id or title words", Autocomplete: true, MaxLength: 100),
        new("topic", "Words describing a topic, to summarise across articles", MaxLength: 80),
        new("length", "How long: short, medium or long", Choices: [new("short", "short"), new("medium", "medium"), new("long", "long")]),
        LanguageOption.Declaration("Language of a topic summary (default: most of the matching articles)"),
    ]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (article, topic) = (request.Get("article"), request.Get("topic"));
        if ((article is null) == (topic is null))
        {
            return Reply.Usage("Give either article:<id or title> or topic:<words>. For example: /summary article:binance length:short");
        }

        var length = SummaryLength.TryParsePreset(request.Get("length"), out var preset) ? SummaryLength.Of(preset) : SummaryLength.Medium;
        return article is not null ? await ArticleAsync(article, length, cancellationToken) : await TopicAsync(topic!, length, request.Get(LanguageOption.Name), cancellationToken);
    }

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken) =>
        lookup.SuggestAsync(typed, cancellationToken);

    private async Task<Reply> ArticleAsync(string wanted, SummaryLength length, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(wanted, cancellationToken) is not { } found || await summaries.SummarizeAsync(found, length, cancellationToken) is not { } result)
        {
            return Reply.Error(ArticleLookup.NotFound(wanted));
        }

        var (article, summary) = result;
        var text = summary.Sentences.Count == 0 ? "This article has no sentence that can stand as a summary." : string.Join(' ', summary.Sentences.Select(s => s.Text));
        var card = new ReplyCard(article.Title, text, article.Url, ArticleText.Fields(article),
            Footer: "Sentences " + string.Join(", ", summary.Sentences.Select(s => (s.SentenceIndex + 1).ToString(CultureInfo.InvariantCulture))) + " of the article",
            Timestamp: article.Published);
        return Reply.Of(card);
    }

    private async Task<Reply> TopicAsync(string topic, SummaryLength length, string? language, CancellationToken cancellationToken)
    {
        var query = SearchQueryParser.Parse(topic);
        if (!query.CanRun)
        {
            return Reply.Usage(query.Problem + " For example: /summary topic:binance russia");
        }

        var (summary, articles) = await summaries.SummarizeTopicAsync(query, length, language, cancellationToken);
        if (summary.Sentences.Count == 0)
        {
            return new Reply([], articles.Count == 0 ? $"No article matches {topic}. Try other words." : $"None of the articles about {topic} is in that language.");
        }

        var fields = new List<ReplyField>
        {
            new("Sources", string.Join('\n', summary.Sources.Select(s => Line(articles[s.ArticleId])))),
        };
        if (summary.OtherLanguageSources.Count > 0)
        {
            fields.Add(new ReplyField("Also in other languages", string.Join('\n', summary.OtherLanguageSources.Select(s => Line(articles[s.ArticleId])))));
        }

        var card = new ReplyCard($"Topic: {topic}", string.Join(' ', summary.Sentences.Select(s => s.Text)), Fields: fields,
            Footer: $"Summary in {summary.Language} from {summary.Sources.Count} article(s)");
        return Reply.Of(card);
    }

    private static string Line(NewsBot.Core.Articles.Article article) =>
        $"{article.Title} · `{article.Key}` · {article.Language} · {ArticleText.SourceLabel(article)}";
}
