namespace NewsBot.Scheduling;

/// <summary>How the Quartz scheduler runs. Bound from the "Scheduling" section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>
    /// Several NewsBot processes sharing one database (PostgreSQL) take turns: each trigger fires on one of them. Off for the
    /// single-process SQLite setup.
    /// </summary>
    public bool Clustered { get; set; }

    /// <summary>How late a trigger may fire (after a restart or a busy moment) before Quartz counts it as missed.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);
}
