using System.Globalization;
using NewsBot.Commands;
using NewsBot.Core.Articles;
using NewsBot.Core.QuoteIndex;
using NewsBot.Core.Search;

namespace NewsBot.Handlers;

/// <summary>
/// What /quote, /speakers and the CLI share: speakers by a typed name (forgiving case, accents, surname, aliases), the
/// articles of a topic (by full-text search), autocomplete choices with quote counts, and the wording of "not found".
/// </summary>
public sealed class QuoteLookup(IQuoteStore quotes, IArticleStore articles)
{
    /// <summary>Matching speakers, best first (exact name, then aliases and surnames, then the most quoted).</summary>
    public Task<IReadOnlyList<SpeakerInfo>> FindSpeakersAsync(string name, CancellationToken cancellationToken) =>
        quotes.FindSpeakersAsync(name, 10, cancellationToken);

    /// <summary>
    /// The ids of the articles matching <paramref name="topic"/> (the best <see cref="SearchRequest.MaxLimit"/>), null for no
    /// topic; a topic that cannot be searched gives its problem instead.
    /// </summary>
    public async Task<(IReadOnlyList<long>? Ids, string? Problem)> TopicArticlesAsync(string? topic, CancellationToken cancellationToken)
    {
        if (topic is null)
        {
            return (null, null);
        }

        var query = SearchQueryParser.Parse(topic);
        if (!query.CanRun)
        {
            return (null, query.Problem);
        }

        var hits = await articles.SearchAsync(new SearchRequest(query, Limit: SearchRequest.MaxLimit), cancellationToken);
        return ([.. hits.Select(h => h.Article.Id)], null);
    }

    /// <summary>Autocomplete: "Binance (7 quotes)" shown, the canonical name sent back.</summary>
    public async Task<IReadOnlyList<CommandChoice>> SuggestAsync(string typed, CancellationToken cancellationToken) =>
        [.. (await quotes.SuggestSpeakersAsync(typed, CommandRouter.MaxChoices, cancellationToken)).Select(s => new CommandChoice(Describe(s), s.Name))];

    public static string Describe(SpeakerInfo speaker)
    {
        var text = speaker.Affiliation is { } org ? $"{speaker.Name}, {org}" : speaker.Name;
        text += speaker.Quotes == 1 ? " (1 quote" : string.Create(CultureInfo.InvariantCulture, $" ({speaker.Quotes} quotes");
        return text + (speaker.StaffQuotes > 0 ? string.Create(CultureInfo.InvariantCulture, $", {speaker.StaffQuotes} by staff)") : ")");
    }

    public static string NotFound(string name) =>
        $"No speaker matches '{name}'. Type /speakers to see who is quoted, or pick a suggestion as you type.";
}
