namespace NewsBot.Core.Summaries;

/// <summary>
/// A sentence chosen for a summary, with where it came from (article id and sentence index), so a reader can check it.
/// <see cref="Text"/> is the sentence as displayed (a wire-service prefix such as "(CNN)" removed); the stored sentence is unchanged.
/// </summary>
public sealed record SummarySentence(long ArticleId, int SentenceIndex, string Text);
