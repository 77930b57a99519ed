namespace NewsBot.Discord.Models;

/// <summary>
/// A legacy-layout component: an action row (≤5 per message) holding ≤5 buttons. One record with optional fields rather than a
/// class hierarchy, because the wire format is one flat object discriminated by <c>type</c>.
/// </summary>
public sealed record MessageComponent(ComponentType Type)
{
    public IReadOnlyList<MessageComponent>? Components { get; init; }
    public ButtonStyle? Style { get; init; }
    public string? Label { get; init; }

    /// <summary>1-100 characters, unique within the message; comes back in the component interaction.</summary>
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }

    public static MessageComponent ActionRow(params IReadOnlyList<MessageComponent> buttons) =>
        new(ComponentType.ActionRow) { Components = buttons };

    public static MessageComponent Button(string customId, string label, ButtonStyle style = ButtonStyle.Secondary, bool disabled = false) =>
        new(ComponentType.Button) { CustomId = customId, Label = label, Style = style, Disabled = disabled ? true : null };

    public static MessageComponent LinkButton(string url, string label) =>
        new(ComponentType.Button) { Url = url, Label = label, Style = ButtonStyle.Link };
}
