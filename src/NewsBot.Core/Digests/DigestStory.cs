using NewsBot.Core.Summaries;

namespace NewsBot.Core.Digests;

/// <summary>
/// One story of a digest. <see cref="Id"/> is stable for the same articles (see <see cref="Stories.StoryId"/>);
/// <see cref="Language"/> is the language of <see cref="Title"/> and <see cref="Summary"/> (the requested one when a source is
/// in it); <see cref="Sources"/> lists every article of the story, lead first. A renderer must keep a story whole.
/// </summary>
public sealed record DigestStory(
    string Id,
    string Title,
    string Language,
    IReadOnlyList<SummarySentence> Summary,
    DigestQuote? Quote,
    IReadOnlyList<DigestSource> Sources)
{
    public DateTimeOffset Latest => Sources.Max(s => s.Time);
}
