namespace NewsBot.Replies;

/// <summary>What kind of answer a reply is; errors and usage help are shown only to the caller (ephemeral) on Discord.</summary>
public enum ReplyTone
{
    Normal,
    Error,
    Usage,
}
