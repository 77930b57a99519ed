using NewsBot.Commands;
using NewsBot.Core.Articles;

namespace NewsBot.Handlers;

/// <summary>
/// Finds the article a person meant: by its id (or external id), else by the words of its title, which is what
/// autocomplete offers and what people remember.
/// </summary>
public sealed class ArticleLookup(IArticleStore store)
{
    public async Task<Article?> FindAsync(string idOrTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrTitle);
        if (await store.FindAsync(idOrTitle, cancellationToken) is { } byId)
        {
            return byId;
        }

        return await store.SuggestAsync(idOrTitle, 1, cancellationToken) is [var best, ..] ? best : null;
    }

    /// <summary>Autocomplete choices: the title shown, the id sent back.</summary>
    public async Task<IReadOnlyList<CommandChoice>> SuggestAsync(string typed, CancellationToken cancellationToken) =>
        [.. (await store.SuggestAsync(typed, CommandRouter.MaxChoices, cancellationToken))
            .Select(a => new CommandChoice($"{a.Title} ({a.Language}, {ArticleText.Date(a.Published ?? a.IndexedAt)})", a.Key))];

    public static string NotFound(string idOrTitle) =>
        $"No article matches '{idOrTitle}'. Use /search to find one, or pick a suggestion as you type.";
}
