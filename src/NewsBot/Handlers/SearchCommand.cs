using System.Globalization;
using NewsBot.Commands;
using NewsBot.Core.Articles;
using NewsBot.Core.Search;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>/search: full-text search over titles and bodies, best match first, with the matched words highlighted.</summary>
public sealed class SearchCommand(IArticleStore store) : ISlashCommand
{
    private const int PageSize = 5;

    public CommandDefinition Definition { get; } = new("search", "Search the indexed articles",
    [
        new("query", "Words to find: \"exact phrase\", -exclude, prefix*", Required: true, MaxLength: 80),
        LanguageOption.Declaration(),
        Paging.Declaration,
    ]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Get("query") ?? string.Empty;
        var query = SearchQueryParser.Parse(text);
        if (!query.CanRun)
        {
            return Reply.Usage(query.Problem + " For example: /search query:\"central bank\" -rates");
        }

        var page = Paging.PageOf(request);
        var hits = await store.SearchAsync(new SearchRequest(query, request.Get(LanguageOption.Name), Limit: PageSize + 1, Offset: (page - 1) * PageSize), cancellationToken);
        if (hits.Count == 0)
        {
            return new Reply([], page == 1
                ? string.Join('\n', [$"No article matches {text}. Try fewer or other words, or a prefix such as crypt*.", .. query.Notes])
                : "No more results.");
        }

        var lines = hits.Take(PageSize).Select((h, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{(page - 1) * PageSize + i + 1}. {ArticleText.ListLine(h.Article)}\n{h.Snippet}"));
        var card = new ReplyCard($"Search: {text}", string.Join("\n\n", [.. query.Notes, .. lines]),
            Footer: $"Page {page} · /article id:<id> to read one, /summary article:<id> for its gist");
        return Reply.Of(card, Paging.Buttons(request, page, hits.Count > PageSize));
    }
}
