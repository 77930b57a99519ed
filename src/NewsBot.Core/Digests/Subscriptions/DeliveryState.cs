namespace NewsBot.Core.Digests.Subscriptions;

/// <summary>Where one delivery (a subscription's slot) stands in the ledger.</summary>
public enum DeliveryState
{
    /// <summary>Claimed, not known to be posted: a retry re-sends with the same nonce, so Discord keeps one message.</summary>
    Pending,

    /// <summary>Posted; nothing more happens for this slot.</summary>
    Posted,

    /// <summary>Nothing to post (fewer stories than the minimum) or the slot was too old to catch up.</summary>
    Skipped,

    /// <summary>Posting failed; a retry of the same slot may still post it, once.</summary>
    Failed,
}
