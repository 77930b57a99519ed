namespace NewsBot.Core.QuoteIndex;

/// <summary>
/// Reads the quotes indexing stored (they are written with their article by <c>IArticleStore.SaveAsync</c>), shaped by what
/// <c>/quote</c>, <c>/speakers</c>, the CLI and digests ask.
/// </summary>
public interface IQuoteStore
{
    Task<IReadOnlyList<StoredQuote>> ListAsync(QuoteQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Speakers with at least one quote (their own, or their staff's), most quoted first; only counting quotes in
    /// <paramref name="articleIds"/> when given (a topic).
    /// </summary>
    Task<IReadOnlyList<SpeakerInfo>> ListSpeakersAsync(IReadOnlyList<long>? articleIds, int limit, int offset = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// The speakers a typed name means, with <c>SpeakerMatcher</c> semantics (case, accents and honorifics ignored; a
    /// surname, an alias or an organisation without its legal suffix also match): exact names first, then aliases, then the
    /// most quoted. Empty when nobody matches.
    /// </summary>
    Task<IReadOnlyList<SpeakerInfo>> FindSpeakersAsync(string name, int limit, CancellationToken cancellationToken = default);

    /// <summary>Autocomplete: speakers whose name, or any word or alias of it, starts with what was typed; most quoted first.</summary>
    Task<IReadOnlyList<SpeakerInfo>> SuggestSpeakersAsync(string typed, int limit, CancellationToken cancellationToken = default);

    /// <summary>Quote counts of the whole index by kind and language (for <c>bench quotes</c> and status).</summary>
    Task<IReadOnlyList<(string Kind, string Language, int Count)>> CountByKindAndLanguageAsync(CancellationToken cancellationToken = default);
}
