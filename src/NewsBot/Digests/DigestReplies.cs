using NewsBot.Core.Digests;
using NewsBot.Replies;

namespace NewsBot.Digests;

/// <summary>
/// A digest as a reply: one card per story (title linking to the lead source, the summary, the most notable quote, every
/// source). The Discord renderer splits between cards when a message is full, never inside one, so a story stays whole.
/// </summary>
public static class DigestReplies
{
    public static Reply From(Digest digest, string? topic)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var cards = digest.Stories.Select(Card).ToList();
        var heading = topic is null ? "News digest" : $"News digest: {topic}";
        return new Reply(cards, $"**{heading}** · {digest.Stories.Count} {(digest.Stories.Count == 1 ? "story" : "stories")}");
    }

    public static ReplyCard Card(DigestStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var fields = new List<ReplyField>();
        if (story.Quote is { } quote)
        {
            fields.Add(new ReplyField("Quote", $"“{quote.Text}” — {quote.Speaker}"));
        }

        fields.Add(new ReplyField(story.Sources.Count == 1 ? "Source" : $"Sources ({story.Sources.Count})",
            string.Join('\n', story.Sources.Select(s => $"{s.Title} · {s.Language} · `{s.ArticleKey}`" + (s.Url is null ? "" : $" · {s.Url}")))));
        return new ReplyCard(story.Title, string.Join(' ', story.Summary.Select(s => s.Text)), story.Sources[0].Url, fields,
            Timestamp: story.Latest);
    }
}
