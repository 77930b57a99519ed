using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Cli.Json;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Quotes;
using NewsBot.Handlers;

namespace NewsBot.Cli;

/// <summary>
/// <c>quotes [--speaker NAME] [--article ID] [--kind K] [--json]</c>: stored quotes, all of them or filtered. With --speaker,
/// an organisation's staff's quotes follow its own, their speaker written with role and organisation.
/// </summary>
internal static class QuotesVerb
{
    private const int Page = QuoteQuery.MaxLimit;

    public static Command Create(CliContext context)
    {
        var speaker = new Option<string?>("--speaker") { Description = "Who: a name, surname, alias or organisation (case and accents do not matter)" };
        var article = new Option<string?>("--article") { Description = "Only this article (id, or words of its title)" };
        var kind = new Option<string?>("--kind") { Description = "Only direct, partial or reported quotes" };
        kind.Validators.Add(value =>
        {
            if (value.GetValueOrDefault<string?>() is { } text && !QuoteKinds.TryParse(text, out _))
            {
                value.AddError($"--kind takes one of: {string.Join(", ", QuoteKinds.Names)}; not '{text}'.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {articleId, externalId, source, language, text, speaker, mention, kind, cue, start, end, confidence}" };
        var command = new Command("quotes", "List the quotes found in the indexed articles") { speaker, article, kind, json };
        command.SetAction((result, token) => context.RunAsync(async (services, ct) =>
        {
            var lookup = services.GetRequiredService<QuoteLookup>();
            SpeakerInfo? who = null;
            if (result.GetValue(speaker) is { } name)
            {
                var found = await lookup.FindSpeakersAsync(name, ct);
                if (found.Count == 0)
                {
                    return context.Output.Fail($"no speaker matches '{name}'. See who is quoted with: newsbot speakers");
                }

                who = found[0];
            }

            IReadOnlyList<long>? articleIds = null;
            if (result.GetValue(article) is { } wanted)
            {
                if (await services.GetRequiredService<ArticleLookup>().FindAsync(wanted, ct) is not { } one)
                {
                    return context.Output.Fail($"no article matches '{wanted}'. Find one with: newsbot search <words>");
                }

                articleIds = [one.Id];
            }

            QuoteKind? only = QuoteKinds.TryParse(result.GetValue(kind), out var parsed) ? parsed : null;
            var store = services.GetRequiredService<IQuoteStore>();
            var quotes = new List<StoredQuote>();
            for (var offset = 0; ; offset += Page)
            {
                var page = await store.ListAsync(new QuoteQuery(who is null ? null : [who.Id], IncludeStaff: who is not null, articleIds, only, Limit: Page, Offset: offset), ct);
                quotes.AddRange(page);
                if (page.Count < Page)
                {
                    break;
                }
            }

            Print(context.Output, quotes, who, result.GetValue(json));
            return CliOutput.Success;
        }, token));
        return command;
    }

    /// <summary>The speaker as shown: staff of the asked-for organisation carry their role and organisation.</summary>
    private static string Speaker(StoredQuote quote, SpeakerInfo? asked) => asked is not null && quote.SpeakerId != asked.Id ? quote.SpeakerLabel : quote.Speaker;

    private static void Print(CliOutput output, List<StoredQuote> quotes, SpeakerInfo? asked, bool json)
    {
        if (json)
        {
            // Scripts get the canonical speaker (data, not presentation): a staff member's role is in the text output only.
            output.WriteJson<IReadOnlyList<QuoteJson>>([.. quotes.Select(QuoteJson.From)], CliJsonContext.Default.IReadOnlyListQuoteJson);
            return;
        }

        if (quotes.Count == 0)
        {
            output.Out.WriteLine(asked is null ? "No quotes. Index some articles with: newsbot index <folder>" : $"No quotes by {asked.Name} match.");
            return;
        }

        foreach (var quote in quotes)
        {
            var speaker = quote.Speaker.Length == 0 ? "(unattributed)" : Speaker(quote, asked);
            output.Out.WriteLine($"{quote.Article.Key}  {QuoteKinds.ToStorage(quote.Kind),-8}  {speaker}: “{quote.Text}”");
        }
    }
}
