using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>
/// /feed add|list|remove|resume. Listing is open to everyone; the other subcommands change the server's settings and need
/// Manage Server, declared per subcommand and checked by the router on every call (Discord's own permission setting is per
/// command, so it cannot hide them from members while leaving list visible).
/// </summary>
public sealed class FeedCommand(FeedService feeds, IOptions<IngestOptions> options) : ISlashCommand
{
    /// <summary>Discord shows at most 25 fields in a card.</summary>
    private const int MaxListed = 25;

    private static readonly CommandOption Id = new("id", "The feed (see /feed list)", CommandOptionType.Integer, Required: true, Autocomplete: true, MinValue: 1);

    public CommandDefinition Definition { get; } = new("feed", "Follow news feeds", [], Subcommands:
    [
        new("add", "Follow a feed (RSS, Atom or JSON Feed)",
        [
            new("url", "The feed's address", Required: true, MaxLength: 2000),
            new("channel", "Where new items and notices go (default: this channel)", CommandOptionType.Channel),
        ], RequiresManageServer: true),
        new("list", "This server's feeds and their health", []),
        new("remove", "Stop following a feed", [Id], RequiresManageServer: true),
        new("resume", "Resume a paused feed", [Id], RequiresManageServer: true),
    ]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Subcommand switch
        {
            "add" => await AddAsync(request, cancellationToken),
            "remove" => Changed(await feeds.RemoveAsync(request.GetInt("id")!.Value, request.Caller.GuildId, cancellationToken),
                f => new ReplyCard($"No longer following {FeedNotices.Label(f)}", "Its articles stay in the index.")),
            "resume" => Changed(await feeds.ResumeAsync(request.GetInt("id")!.Value, request.Caller.GuildId, cancellationToken),
                f => new ReplyCard($"Resumed {FeedNotices.Label(f)}", "NewsBot is polling it now; /feed list shows how it went.")),
            _ => await ListAsync(request, cancellationToken),
        };
    }

    public async Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = (typed ?? string.Empty).Trim();
        return [.. (await feeds.ListAsync(request.Caller.GuildId, cancellationToken))
            .Where(f => words.Length == 0 || f.Id.ToString(CultureInfo.InvariantCulture) == words.TrimStart('#')
                || (f.Name?.Contains(words, StringComparison.OrdinalIgnoreCase) ?? false) || f.Url.AbsoluteUri.Contains(words, StringComparison.OrdinalIgnoreCase))
            .Take(CommandRouter.MaxChoices)
            .Select(f => new CommandChoice($"{FeedNotices.Label(f)} ({f.Url.Host})", f.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    private async Task<Reply> AddAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var url = request.Get("url")!;
        var channel = request.Get("channel") ?? request.Caller.ChannelId;
        var added = await feeds.AddAsync(url, request.Caller.GuildId, channel, request.Caller.UserId, cancellationToken);
        if (added.Feed is not { } feed)
        {
            return Reply.Error(added.Error!);
        }

        var where = channel is null ? "New items are indexed (this console has no channel to post them to)." : $"New items will be posted to <#{channel}>.";
        return Reply.Of(new ReplyCard($"Following {FeedNotices.Label(feed)}",
            string.Create(CultureInfo.InvariantCulture,
                $"{added.Found?.Items.Count ?? 0} items in the feed now; they are being indexed (not posted). NewsBot polls it {FeedText.Interval(feed.IntervalFor(options.Value))}. {where}"),
            feed.Url.AbsoluteUri));
    }

    private static Reply Changed(FeedChange change, Func<StoredFeed, ReplyCard> card) =>
        change.Feed is { } feed ? Reply.Of(card(feed)) : Reply.Error(change.Error!);

    private async Task<Reply> ListAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var list = await feeds.ListAsync(request.Caller.GuildId, cancellationToken);
        if (list.Count == 0)
        {
            return new Reply([], "No feeds yet. Add one with /feed add url:<feed address>.");
        }

        var fields = list.Take(MaxListed).Select(f => new ReplyField(FeedNotices.Label(f), FeedText.Details(f, options.Value))).ToList();
        var more = list.Count - fields.Count;
        return Reply.Of(new ReplyCard(string.Create(CultureInfo.InvariantCulture, $"Feeds ({list.Count})"), Fields: fields,
            Footer: more > 0 ? string.Create(CultureInfo.InvariantCulture, $"{more} more: newsbot feed list shows them all") : null));
    }
}
