using NewsBot.Core.Digests.Subscriptions;

namespace NewsBot.Digests;

/// <summary>What one delivery attempt did, in words for logs and for /digest send.</summary>
public sealed record DeliveryReport(DeliveryState State, string Message, IReadOnlyList<string> MessageIds);
