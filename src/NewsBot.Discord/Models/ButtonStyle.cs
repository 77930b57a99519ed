namespace NewsBot.Discord.Models;

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,

    /// <summary>Opens <see cref="MessageComponent.Url"/>; has no custom id and sends no interaction.</summary>
    Link = 5,
}
