using NewsBot.Core.Articles;

namespace NewsBot.Core.Stories;

/// <summary>
/// A story's stable id: a hash of its sorted article keys, so the same articles give the same id in every run and on every
/// instance (deliveries can record "posted" per story). A story that gains an article gets a new id; record posted
/// articles too so the old ones are not sent again.
/// </summary>
public static class StoryId
{
    public const int Length = 12;

    public static string For(IEnumerable<string> articleKeys)
    {
        ArgumentNullException.ThrowIfNull(articleKeys);
        var keys = articleKeys.Select(k => k.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            throw new ArgumentException("A story has at least one article.", nameof(articleKeys));
        }

        return "s" + ArticleKey.For(string.Join('\n', keys), Length - 1);
    }
}
