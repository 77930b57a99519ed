namespace NewsBot.Discord.Models;

/// <summary>A member of a guild as sent with an interaction. <see cref="Permissions"/> is the member's computed permission bitset.</summary>
public sealed record GuildMember
{
    public User? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<Snowflake> Roles { get; init; } = [];

    /// <summary>A decimal string: permissions are a 64-bit set and exceed JavaScript's safe integers.</summary>
    public string? Permissions { get; init; }

    public bool HasPermission(ulong permissionBit) =>
        ulong.TryParse(Permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits)
        && (bits & permissionBit) == permissionBit;
}
