using System.Globalization;
using NewsBot.Commands;
using NewsBot.Core.QuoteIndex;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>/speakers [topic:words]: who is quoted, most quoted first, with their organisation and quote counts.</summary>
public sealed class SpeakersCommand(QuoteLookup lookup, IQuoteStore store) : ISlashCommand
{
    private const int PageSize = 15;

    public CommandDefinition Definition { get; } = new("speakers", "Who is quoted in the indexed news, most quoted first",
    [
        new("topic", "Only quotes in articles about these words", MaxLength: 80),
        Paging.Declaration,
    ]);

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = request.Get("topic");
        var (articleIds, problem) = await lookup.TopicArticlesAsync(topic, cancellationToken);
        if (problem is not null)
        {
            return Reply.Usage(problem + " For example: /speakers topic:russia");
        }

        var page = Paging.PageOf(request);
        var speakers = await store.ListSpeakersAsync(articleIds, PageSize + 1, (page - 1) * PageSize, cancellationToken);
        if (speakers.Count == 0)
        {
            return new Reply([], page > 1 ? "No more speakers."
                : topic is null ? "Nobody is quoted yet: no indexed article has quotes. Index some with: newsbot index <folder>"
                : $"Nobody is quoted in the articles about {topic}.");
        }

        var lines = speakers.Take(PageSize).Select((s, i) => string.Create(CultureInfo.InvariantCulture,
            $"{(page - 1) * PageSize + i + 1}. **{s.Name}**{(s.Affiliation is { } org ? $" ({org})" : "")} — {Counts(s)}"));
        var card = new ReplyCard(topic is null ? "Speakers" : $"Speakers: {topic}", string.Join('\n', lines),
            Footer: $"Page {page} · /quote speaker:<name> to read what they said");
        return Reply.Of(card, Paging.Buttons(request, page, speakers.Count > PageSize));
    }

    private static string Counts(SpeakerInfo s)
    {
        var own = s.Quotes == 1 ? "1 quote" : string.Create(CultureInfo.InvariantCulture, $"{s.Quotes} quotes");
        var articles = s.Articles == 1 ? "1 article" : string.Create(CultureInfo.InvariantCulture, $"{s.Articles} articles");
        var text = s.Quotes > 0 ? $"{own} in {articles}" : "no quote of its own";
        return s.StaffQuotes > 0 ? text + string.Create(CultureInfo.InvariantCulture, $", {s.StaffQuotes} by staff") : text;
    }
}
