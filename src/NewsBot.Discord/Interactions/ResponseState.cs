namespace NewsBot.Discord.Interactions;

/// <summary>Where an interaction is in its once-only callback.</summary>
public enum ResponseState
{
    None,
    Responded,

    /// <summary>Type 5: the user sees "thinking…" until @original is edited.</summary>
    Deferred,

    /// <summary>Type 6: the component's message stays as is until @original is edited.</summary>
    DeferredUpdate,
}
