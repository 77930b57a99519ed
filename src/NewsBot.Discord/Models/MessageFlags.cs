namespace NewsBot.Discord.Models;

[Flags]
#pragma warning disable CA1711 // "Flags" is Discord's name for this field.
public enum MessageFlags
#pragma warning restore CA1711
{
    None = 0,
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the invoking user sees the message (interaction responses and follow-ups only).</summary>
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
}
