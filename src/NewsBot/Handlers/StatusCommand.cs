using System.Globalization;
using System.Reflection;
using NewsBot.Commands;
using NewsBot.Core.Articles;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>/status: is NewsBot healthy, how much it holds, how long it has been up.</summary>
public sealed class StatusCommand(IArticleStore store, TimeProvider time) : ISlashCommand
{
    private readonly DateTimeOffset _started = time.GetUtcNow();

    public CommandDefinition Definition { get; } = new("status", "NewsBot's health and index size", []);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var count = await store.CountAsync(cancellationToken);
        var newest = await store.ListAsync(new ArticleListQuery(Limit: 1), cancellationToken) is [var first, ..] ? first : null;
        var up = time.GetUtcNow() - _started;
        var version = typeof(StatusCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";
        var card = new ReplyCard("NewsBot status", "Running.", Fields:
        [
            new("Articles", count.ToString("N0", CultureInfo.InvariantCulture), Inline: true),
            new("Newest", newest is null ? "none" : ArticleText.Date(newest.Published ?? newest.IndexedAt), Inline: true),
            new("Up for", up.TotalDays >= 1 ? $"{(int)up.TotalDays} d {up.Hours} h" : $"{up.Hours} h {up.Minutes} min", Inline: true),
            new("Version", version, Inline: true),
        ]);
        return Reply.Of(card);
    }
}
