using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// An article as the story clusterer sees it: its title, language, stored sentences (headings marked) and the time it is
/// about (publication date, else indexing time). <see cref="Key"/> is the article key, which makes story ids stable.
/// </summary>
public sealed record StoryCandidate(
    long ArticleId,
    string Key,
    string Title,
    string Language,
    DateTimeOffset Time,
    IReadOnlyList<Sentence> Sentences);
