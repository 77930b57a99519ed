using NewsBot.Core.Text;

namespace NewsBot.Core.Articles;

/// <summary>An article with its cleaned body and the paragraphs and sentences found in it (offsets into <see cref="Body"/>).</summary>
public sealed record ArticleDetail(
    Article Article,
    string Body,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Sentence> Sentences);
