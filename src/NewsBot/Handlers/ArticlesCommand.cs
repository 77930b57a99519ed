using NewsBot.Commands;
using NewsBot.Core.Articles;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>/articles: the newest articles in the index, a page at a time.</summary>
public sealed class ArticlesCommand(IArticleStore store) : ISlashCommand
{
    private const int PageSize = 10;

    public CommandDefinition Definition { get; } = new("articles", "List the newest indexed articles",
        [LanguageOption.Declaration(), Paging.Declaration]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = Paging.PageOf(request);
        var articles = await store.ListAsync(new ArticleListQuery(request.Get(LanguageOption.Name), Limit: PageSize + 1, Offset: (page - 1) * PageSize), cancellationToken);
        if (articles.Count == 0)
        {
            return new Reply([], page == 1 ? "No articles are indexed yet. Index some with: newsbot index <folder>" : "No more articles.");
        }

        var total = await store.CountAsync(cancellationToken);
        var card = new ReplyCard("Articles", string.Join('\n', articles.Take(PageSize).Select(ArticleText.ListLine)),
            Footer: $"Page {page} · {total} articles indexed");
        return Reply.Of(card, Paging.Buttons(request, page, articles.Count > PageSize));
    }
}
