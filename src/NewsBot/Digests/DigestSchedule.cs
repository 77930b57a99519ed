namespace NewsBot.Digests;

/// <summary>A schedule as the admin wrote it, the Quartz cron expression it means, and the time zone it runs in.</summary>
public sealed record DigestSchedule(string Text, string Cron, TimeZoneInfo TimeZone);
