namespace NewsBot.Replies;

/// <summary>
/// What a command answers, independent of where it is shown: optional text, cards, buttons. <see cref="Ephemeral"/> replies are
/// seen only by the caller (errors and usage help always are).
/// </summary>
public sealed record Reply(
    IReadOnlyList<ReplyCard> Cards,
    string? Text = null,
    IReadOnlyList<ReplyButton>? Buttons = null,
    bool Ephemeral = false,
    ReplyTone Tone = ReplyTone.Normal)
{
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = Buttons ?? [];

    public static Reply Of(ReplyCard card, IReadOnlyList<ReplyButton>? buttons = null) => new([card], Buttons: buttons);

    /// <summary>A problem the caller can fix, said in one or two sentences that end with what to do next.</summary>
    public static Reply Error(string message) => new([], message, Ephemeral: true, Tone: ReplyTone.Error);

    public static Reply Usage(string message) => new([], message, Ephemeral: true, Tone: ReplyTone.Usage);
}
