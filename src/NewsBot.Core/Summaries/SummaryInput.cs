using NewsBot.Core.Text;

namespace NewsBot.Core.Summaries;

/// <summary>One article as the summarizer sees it: its stored sentences (headings included, marked) and its language.</summary>
public sealed record SummaryInput(long ArticleId, string Title, string Language, IReadOnlyList<Sentence> Sentences);
