using System.Globalization;
using System.Text;
using NewsBot.Commands;
using NewsBot.Core.QuoteIndex;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>
/// /quote speaker:X [topic:words]: what X said, newest article first; for an organisation, its staff's quotes follow its
/// own, each labelled with what the article says of the person ("Gleb Kostarev (responsable … chez Binance)").
/// </summary>
public sealed class QuoteCommand(QuoteLookup lookup, IQuoteStore store) : ISlashCommand
{
    private const int PageSize = 5;
    private const int MaxQuoteLength = 400;

    public CommandDefinition Definition { get; } = new("quote", "What a person or organisation said in the indexed news",
    [
        new("speaker", "Who: a name, surname or organisation", Required: true, Autocomplete: true, MaxLength: 100),
        new("topic", "Only articles about these words", MaxLength: 80),
        Paging.Declaration,
    ]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Get("speaker")!;
        var topic = request.Get("topic");
        var (articleIds, problem) = await lookup.TopicArticlesAsync(topic, cancellationToken);
        if (problem is not null)
        {
            return Reply.Usage(problem + " For example: /quote speaker:Binance topic:russia");
        }

        var speakers = await lookup.FindSpeakersAsync(name, cancellationToken);
        if (speakers.Count == 0)
        {
            return Reply.Error(QuoteLookup.NotFound(name));
        }

        var speaker = speakers[0];
        var page = Paging.PageOf(request);
        var quotes = await store.ListAsync(new QuoteQuery([speaker.Id], IncludeStaff: true, ArticleIds: articleIds,
            Limit: PageSize + 1, Offset: (page - 1) * PageSize), cancellationToken);
        if (quotes.Count == 0)
        {
            return new Reply([], page > 1 ? "No more quotes."
                : topic is null ? $"{speaker.Name} is not quoted in any indexed article." : $"{speaker.Name} is not quoted in the articles about {topic}.");
        }

        var card = new ReplyCard($"Quotes: {speaker.Name}", Lines(speaker, quotes.Take(PageSize).ToList(), (page - 1) * PageSize),
            Footer: Footer(speaker, speakers, page, topic));
        return Reply.Of(card, Paging.Buttons(request, page, quotes.Count > PageSize));
    }

    public Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken) =>
        lookup.SuggestAsync(typed, cancellationToken);

    private static string Lines(SpeakerInfo speaker, List<StoredQuote> quotes, int first)
    {
        var text = new StringBuilder();
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var byStaff = quote.SpeakerId != speaker.Id;
            if (byStaff && (i == 0 || quotes[i - 1].SpeakerId == speaker.Id))
            {
                text.Append(CultureInfo.InvariantCulture, $"**{speaker.Name} staff**\n");
            }

            var words = quote.Text.Length <= MaxQuoteLength ? quote.Text : quote.Text[..MaxQuoteLength].TrimEnd() + "…";
            var who = byStaff ? quote.SpeakerLabel : quote.Speaker;
            text.Append(CultureInfo.InvariantCulture,
                $"{first + i + 1}. “{words}” — {who} · {QuoteKinds.ToStorage(quote.Kind)} · {ArticleText.ListLine(quote.Article)}\n\n");
        }

        return text.ToString().TrimEnd();
    }

    private static string Footer(SpeakerInfo speaker, IReadOnlyList<SpeakerInfo> matches, int page, string? topic)
    {
        var footer = string.Create(CultureInfo.InvariantCulture, $"Page {page} · {QuoteLookup.Describe(speaker)}");
        if (topic is not null)
        {
            footer += $" · topic: {topic}";
        }

        var others = matches.Skip(1).Take(3).Select(s => s.Name).ToList();
        return others.Count > 0 ? footer + " · also matching: " + string.Join(", ", others) : footer + " · /speakers for everyone quoted";
    }
}
