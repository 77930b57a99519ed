namespace NewsBot.Core.Summaries;

/// <summary>
/// A summary across several articles in one language. <see cref="Sources"/> names the articles its sentences come from;
/// <see cref="OtherLanguageSources"/> lists matching articles in other languages, which were not mixed into the text.
/// </summary>
public sealed record TopicSummary(
    string Language,
    IReadOnlyList<SummarySentence> Sentences,
    IReadOnlyList<TopicSource> Sources,
    IReadOnlyList<TopicSource> OtherLanguageSources);
