using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Commands;
using NewsBot.Core.Digests.Subscriptions;
using NewsBot.Digests;
using NewsBot.Publishing;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>
/// /digest subscribe|list|remove|preview|send: scheduled digests of new stories posted to a channel. Changing them needs
/// Manage Server (declared, so Discord hides them from others, and checked again on every call by the router).
/// </summary>
public sealed partial class DigestCommand(
    IDigestSubscriptionStore store,
    DigestTriggers triggers,
    DigestDeliveryService delivery,
    IDigestContentBuilder content,
    IChannelAccess channels,
    IOptions<DigestOptions> options,
    TimeProvider time) : ISlashCommand
{
    private static readonly CommandOption Id = new("id", "The digest (see /digest list)", CommandOptionType.Integer, Autocomplete: true, MinValue: 1);

    public CommandDefinition Definition { get; } = new("digest", "Scheduled digests of new stories", [], RequiresManageServer: true, Subcommands:
    [
        new("subscribe", "Post a digest to a channel on a schedule",
        [
            new("channel", "Channel to post in", CommandOptionType.Channel, Required: true),
            new("schedule", "daily 08:00, weekdays 07:30, every 6h, or a Quartz cron", Required: true, MaxLength: 100),
            new("timezone", "IANA time zone, such as Europe/Paris", Autocomplete: true, MaxLength: 64),
            LanguageOption.Declaration("Language of the summaries (default: each story's own)"),
            new("topic", "Only stories matching these words", MaxLength: 80),
            new("max", "Most stories per digest (default 5)", CommandOptionType.Integer, MinValue: 1, MaxValue: 10),
            new("min", "Skip the digest when fewer stories (default 1)", CommandOptionType.Integer, MinValue: 1, MaxValue: 10),
        ]),
        new("list", "This server's digests", []),
        new("remove", "Stop a digest", [Id with { Required = true }]),
        new("preview", "Show what a digest would post now (only to you)", [Id]),
        new("send", "Post a digest now (counts as a delivery)", [Id with { Required = true }]),
    ]);

    public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Subcommand switch
        {
            "subscribe" => SubscribeAsync(request, cancellationToken),
            "list" => ListAsync(request, cancellationToken),
            "remove" => RemoveAsync(request, cancellationToken),
            "preview" => PreviewAsync(request, cancellationToken),
            _ => SendAsync(request, cancellationToken),
        };
    }

    public async Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (optionName == "timezone")
        {
            return [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id)
                .Where(id => id.Contains(typed.Trim().Replace(' ', '_'), StringComparison.OrdinalIgnoreCase))
                .OrderBy(id => id.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(id => id, StringComparer.Ordinal)
                .Take(CommandRouter.MaxChoices).Select(id => new CommandChoice(id, id))];
        }

        return [.. (await store.ListAsync(request.Caller.GuildId, cancellationToken))
            .Where(s => Label(s).Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Select(s => new CommandChoice(Label(s), s.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    private async Task<Reply> SubscribeAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var (schedule, problem) = DigestScheduleParser.Parse(request.Get("schedule"), request.Get("timezone"), options.Value);
        if (schedule is null)
        {
            return Reply.Error(problem!);
        }

        var channel = request.Get("channel")!;
        if (await channels.ProblemAsync(channel, cancellationToken) is { } access)
        {
            return Reply.Error(access);
        }

        var (max, min) = (request.GetInt("max") ?? 5, request.GetInt("min") ?? 1);
        if (min > max)
        {
            return Reply.Error($"min ({min}) is more than max ({max}); a digest could never be posted.");
        }

        var subscription = await store.AddAsync(new NewDigestSubscription(request.Caller.GuildId, channel, schedule.Text, schedule.Cron,
            schedule.TimeZone.Id, request.Get(LanguageOption.Name), request.Get("topic"), max, min, request.Caller.UserId), cancellationToken);
        await triggers.ScheduleAsync(subscription, replace: true, cancellationToken);
        var next = new Quartz.CronExpression(schedule.Cron, schedule.TimeZone).GetNextValidTimeAfter(time.GetUtcNow());
        return new Reply([new ReplyCard($"Digest {subscription.Id} scheduled", Describe(subscription), Fields:
            [new ReplyField("Next", next is { } n ? TimeZoneInfo.ConvertTime(n, schedule.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + schedule.TimeZone.Id : "never")],
            Footer: $"/digest preview id:{subscription.Id} shows what it would post now")], Ephemeral: true);
    }

    private async Task<Reply> ListAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var subscriptions = await store.ListAsync(request.Caller.GuildId, cancellationToken);
        if (subscriptions.Count == 0)
        {
            return new Reply([], "No digests yet. Create one with /digest subscribe channel:#news schedule:daily 08:00", Ephemeral: true);
        }

        return new Reply([new ReplyCard("Digests", string.Join('\n', subscriptions.Select(s => $"**{s.Id}** · {Describe(s)}")))], Ephemeral: true);
    }

    private async Task<Reply> RemoveAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(request, cancellationToken) is not { } subscription)
        {
            return NotFound(request);
        }

        await triggers.UnscheduleAsync(subscription.Id, cancellationToken);
        await store.RemoveAsync(subscription.Id, cancellationToken);
        return new Reply([], $"Digest {subscription.Id} removed; nothing more will be posted to <#{subscription.ChannelId}>.", Ephemeral: true);
    }

    private async Task<DigestSubscription?> FindAsync(CommandRequest request, CancellationToken cancellationToken) =>
        request.GetInt("id") is { } id && await store.GetAsync(id, cancellationToken) is { } s
            && (request.Caller.GuildId is null || s.GuildId == request.Caller.GuildId) ? s : null;

    private static Reply NotFound(CommandRequest request) =>
        Reply.Error($"There is no digest {request.Get("id")} on this server. /digest list shows them.");

    private static string Label(DigestSubscription s) => $"{s.Id}: #{s.ChannelId} · {s.Schedule} ({s.TimeZone})";

    private static string Describe(DigestSubscription s) =>
        $"<#{s.ChannelId}> · {s.Schedule} ({s.TimeZone}) · up to {s.MaxStories} stories" +
        (s.Language is null ? "" : $" · {s.Language}") + (s.Topic is null ? "" : $" · topic: {s.Topic}") +
        (s.IsPaused ? $"\n  ⏸ paused: {s.PausedReason}" : "");
}
