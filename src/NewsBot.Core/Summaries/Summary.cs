namespace NewsBot.Core.Summaries;

/// <summary>An extractive summary of one article: chosen sentences in their original order.</summary>
public sealed record Summary(long ArticleId, string Title, string Language, IReadOnlyList<SummarySentence> Sentences)
{
    public string Text => string.Join(' ', Sentences.Select(s => s.Text));
}
