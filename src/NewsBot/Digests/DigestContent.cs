using NewsBot.Replies;

namespace NewsBot.Digests;

/// <summary>A digest ready to post: the reply (one card per story), how many stories, and the articles it carries.</summary>
public sealed record DigestContent(Reply Reply, int Stories, IReadOnlyList<long> ArticleIds);
