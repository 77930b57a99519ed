namespace NewsBot.Digests;

/// <summary>Digest delivery settings. Bound from the "Digest" section.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>A slot missed while NewsBot was down is posted once on restart if it is at most this old; older ones are skipped.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The time zone offered when an admin gives none (an IANA id such as Europe/Paris).</summary>
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>The shortest time between two digests of one subscription, so a mistyped cron cannot flood a channel.</summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromMinutes(15);
}
