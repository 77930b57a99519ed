using NewsBot.Core.Search;

namespace NewsBot.Core.Digests;

/// <summary>
/// Which articles a digest may use: those first indexed at or after <see cref="Since"/> (the last delivery to the channel),
/// matching <see cref="Topic"/> when given, minus <see cref="AlreadyPosted"/> (article ids the channel has seen).
/// </summary>
public sealed record DigestCandidateQuery(
    DateTimeOffset Since,
    SearchQuery? Topic = null,
    IReadOnlySet<long>? AlreadyPosted = null,
    int Limit = DigestComposer.MaxCandidates);
