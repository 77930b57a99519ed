namespace NewsBot.Replies;

/// <summary>A labelled value of a card (source, date, speaker...). Inline fields may sit side by side.</summary>
public sealed record ReplyField(string Name, string Value, bool Inline = false);
