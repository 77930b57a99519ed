namespace NewsBot.Discord.Models;

/// <summary>The body of POST /interactions/{id}/{token}/callback, generic so each data shape has its own source-generated contract.</summary>
internal sealed record InteractionCallback<TData>(InteractionCallbackType Type, TData? Data)
    where TData : class;

/// <summary>Data of a type 5 (only the ephemeral flag is allowed there).</summary>
internal sealed record DeferredCallbackData(MessageFlags? Flags);

/// <summary>Data of a type 8: at most 25 choices.</summary>
internal sealed record AutocompleteCallbackData(IReadOnlyList<ApplicationCommandOptionChoice> Choices);
