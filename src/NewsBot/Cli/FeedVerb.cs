using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Cli.Json;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;

namespace NewsBot.Cli;

/// <summary>
/// <c>feed add|list|remove|resume</c>: the operator's side of /feed. Feeds added here are global (every server sees them);
/// a running bot schedules them within <c>Ingest:FeedSyncInterval</c> (a minute). <c>feed add</c> polls the feed once right away, indexing its items.
/// </summary>
internal static class FeedVerb
{
    public static Command Create(CliContext context) => new("feed", "Follow news feeds (RSS, Atom, JSON Feed)")
    {
        Add(context), List(context), Change(context, "remove", "Stop following a feed (its articles stay indexed)"),
        Change(context, "resume", "Resume a paused feed and poll it now"),
    };

    private static Command Add(CliContext context)
    {
        var url = new Argument<string>("url") { Description = "The feed's address (http or https)" };
        var channel = new Option<string?>("--channel") { Description = "Discord channel id for new items and notices" };
        var command = new Command("add", "Check a feed, follow it and index its current items") { url, channel };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var channelId = result.GetValue(channel);
            if (channelId is not null && (channelId.Length == 0 || !channelId.All(char.IsAsciiDigit)))
            {
                return context.Output.Fail($"--channel takes a channel id (digits only), not '{channelId}'.");
            }

            var added = await services.GetRequiredService<FeedService>().AddAsync(result.GetValue(url)!, null, channelId, "cli", ct);
            if (added.Feed is not { } feed)
            {
                return context.Output.Fail(added.Error!);
            }

            context.Output.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Added feed {FeedNotices.Label(feed)} ({added.Found?.Items.Count ?? 0} items)."));
            var run = await services.GetRequiredService<FeedPollRunner>().PollAsync(feed.Id, ct);
            context.Output.Out.WriteLine(run switch
            {
                { Result.Error: { } error } => $"The first poll failed: {error}. The bot will retry at its interval.",
                { Indexed: { } report } => string.Create(CultureInfo.InvariantCulture,
                    $"First poll: {report.Added} articles added, {report.Updated + report.Unchanged + report.Duplicates} already indexed, {report.Problems.Count} skipped."),
                _ => "First poll: no new articles.",
            });
            return CliOutput.Success;
        }, token));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of feeds with their status" };
        var command = new Command("list", "List feeds with their status, last success and last error") { json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
            var feeds = await services.GetRequiredService<FeedService>().ListAsync(null, ct);
            if (result.GetValue(json))
            {
                context.Output.WriteJson<IReadOnlyList<FeedJson>>([.. feeds.Select(f => FeedJson.From(f, options))], CliJsonContext.Default.IReadOnlyListFeedJson);
            }
            else if (feeds.Count == 0)
            {
                context.Output.Out.WriteLine("No feeds. Add one with: newsbot feed add <url>");
            }
            else
            {
                foreach (var feed in feeds)
                {
                    context.Output.Out.WriteLine(FeedNotices.Label(feed));
                    context.Output.Out.WriteLine("  " + FeedText.Details(feed, options).Replace("\n", "\n  ", StringComparison.Ordinal));
                }
            }

            return CliOutput.Success;
        }, token));
        return command;
    }

    private static Command Change(CliContext context, string name, string description)
    {
        var id = new Argument<long>("id") { Description = "The feed's number, as `feed list` shows it" };
        var command = new Command(name, description) { id };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var feeds = services.GetRequiredService<FeedService>();
            var change = name == "remove"
                ? await feeds.RemoveAsync(result.GetValue(id), null, ct)
                : await feeds.ResumeAsync(result.GetValue(id), null, ct);
            if (change.Feed is not { } feed)
            {
                return context.Output.Fail(change.Error!);
            }

            if (name == "resume")
            {
                var run = await services.GetRequiredService<FeedPollRunner>().PollAsync(feed.Id, ct);
                context.Output.Out.WriteLine($"Resumed feed {FeedNotices.Label(feed)}; " +
                    (run?.Result.Error is { } error ? $"the poll failed again: {error}" : "the poll worked."));
            }
            else
            {
                context.Output.Out.WriteLine($"Removed feed {FeedNotices.Label(feed)}. Its articles stay in the index.");
            }

            return CliOutput.Success;
        }, token));
        return command;
    }
}
