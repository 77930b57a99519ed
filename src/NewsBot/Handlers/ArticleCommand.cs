using NewsBot.Commands;
using NewsBot.Core.Articles;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>/article: one article's details and opening paragraphs, with a button for its summary.</summary>
public sealed class ArticleCommand(IArticleStore store, ArticleLookup lookup) : ISlashCommand
{
    /// <summary>Opening text shown: enough to recognise the article; the link has the rest.</summary>
    private const int OpeningCharacters = 1200;

    public CommandDefinition Definition { get; } = new("article", "Show an indexed article",
        [new("id", "Article id or title words", Required: true, Autocomplete: true, MaxLength: 100)]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wanted = request.Get("id")!;
        if (await lookup.FindAsync(wanted, cancellationToken) is not { } article
            || await store.GetDetailAsync(article.Id, cancellationToken) is not { } detail)
        {
            return Reply.Error(ArticleLookup.NotFound(wanted));
        }

        var opening = new List<string>();
        foreach (var paragraph in detail.Paragraphs.Where(p => !p.IsHeading))
        {
            if (opening.Count > 0 && opening.Sum(p => p.Length) + paragraph.Text.Length > OpeningCharacters)
            {
                break;
            }

            opening.Add(paragraph.Text);
        }

        var card = new ReplyCard(article.Title, string.Join("\n\n", opening), article.Url, ArticleText.Fields(article),
            Footer: $"{detail.Sentences.Count} sentences · indexed {ArticleText.Date(article.IndexedAt)}", Timestamp: article.Published);
        var summary = new CommandRequest("summary", new Dictionary<string, string> { ["article"] = article.Key }, request.Caller);
        return Reply.Of(card, [new ReplyButton("Summary", summary)]);
    }

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken) =>
        lookup.SuggestAsync(typed, cancellationToken);
}
