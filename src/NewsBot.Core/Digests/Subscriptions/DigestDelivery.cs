namespace NewsBot.Core.Digests.Subscriptions;

/// <summary>One row of the delivery ledger: a subscription's slot, its state, and the nonce every attempt sends.</summary>
public sealed record DigestDelivery(
    long SubscriptionId,
    DateTimeOffset Slot,
    DeliveryState State,
    string Nonce,
    int Attempts,
    IReadOnlyList<string> MessageIds,
    string? Detail);
