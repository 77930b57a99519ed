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

    /// <summary>How many articles have quotes from rules older than <paramref name="rulesVersion"/>, or none extracted yet.</summary>
    Task<int> CountStaleArticlesAsync(int rulesVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="limit"/> ids above <paramref name="afterId"/> of articles <see cref="CountStaleArticlesAsync"/>
    /// counts, lowest first (pass the last id seen to page on).
    /// </summary>
    Task<IReadOnlyList<long>> ListStaleArticlesAsync(int rulesVersion, long afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores quotes extracted again by rules <paramref name="rulesVersion"/>, in one transaction. An article that changed
    /// since it was read (another content hash), is gone, or is already at that version is left alone, so a refresh never
    /// overwrites what the indexer wrote meanwhile. Returns how many articles got their new quotes.
    /// </summary>
    Task<int> ReplaceQuotesAsync(IReadOnlyList<ArticleQuotes> articles, int rulesVersion, CancellationToken cancellationToken = default);

    /// <summary>Quote counts of the whole index by kind and language (for <c>bench quotes</c> and status).</summary>
    Task<IReadOnlyList<(string Kind, string Language, int Count)>> CountByKindAndLanguageAsync(CancellationToken cancellationToken = default);
}
