using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>
/// /feed action:add|list|remove|resume. One command because the router has one handler per name; listing is open to
/// everyone, the other actions change the server's settings and need Manage Server, checked here per action (the
/// definition cannot say it per option value).
/// </summary>
public sealed class FeedCommand(FeedService feeds, IOptions<IngestOptions> options) : ISlashCommand
{
    /// <summary>Discord shows at most 25 fields in a card.</summary>
    private const int MaxListed = 25;

    public CommandDefinition Definition { get; } = new("feed", "Follow news feeds: add, list, remove or resume one",
    [
        new("action", "What to do", Required: true, Choices: [new("add", "add"), new("list", "list"), new("remove", "remove"), new("resume", "resume")]),
        new("url", "The feed's address (add)", MaxLength: 2000),
        new("channel", "Where new items and notices go (add; default: this channel)", CommandOptionType.Channel),
        new("id", "The feed (remove, resume)", CommandOptionType.Integer, Autocomplete: true, MinValue: 1),
    ]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var action = request.Get("action")!;
        if (action != "list" && !request.Caller.CanManageServer)
        {
            return Reply.Error($"/feed action:{action} changes this server's settings, so it needs the Manage Server permission. Ask a server admin.");
        }

        return action switch
        {
            "add" => await AddAsync(request, cancellationToken),
            "remove" or "resume" when request.GetInt("id") is not { } => Reply.Usage($"/feed action:{action} needs id: the feed's number, as /feed action:list shows it."),
            "remove" => Changed(await feeds.RemoveAsync(request.GetInt("id")!.Value, request.Caller.GuildId, cancellationToken),
                f => new ReplyCard($"No longer following {FeedNotices.Label(f)}", "Its articles stay in the index.")),
            "resume" => Changed(await feeds.ResumeAsync(request.GetInt("id")!.Value, request.Caller.GuildId, cancellationToken),
                f => new ReplyCard($"Resumed {FeedNotices.Label(f)}", "NewsBot is polling it now; /feed action:list shows how it went.")),
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
        if (request.Get("url") is not { } url)
        {
            return Reply.Usage("/feed action:add needs url: the feed's address, e.g. /feed action:add url:https://example.org/rss.xml");
        }

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
            return new Reply([], "No feeds yet. Add one with /feed action:add url:<feed address>.");
        }

        var fields = list.Take(MaxListed).Select(f => new ReplyField(FeedNotices.Label(f), FeedText.Details(f, options.Value))).ToList();
        var more = list.Count - fields.Count;
        return Reply.Of(new ReplyCard(string.Create(CultureInfo.InvariantCulture, $"Feeds ({list.Count})"), Fields: fields,
            Footer: more > 0 ? string.Create(CultureInfo.InvariantCulture, $"{more} more: newsbot feed list shows them all") : null));
    }
}
