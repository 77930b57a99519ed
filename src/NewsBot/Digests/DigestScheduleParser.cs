using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;

namespace NewsBot.Digests;

/// <summary>
/// Reads the schedules admins write: <c>daily 08:00</c>, <c>weekdays 07:30</c>, <c>weekends 10:00</c>, <c>mon,thu 18:00</c>,
/// <c>every 6h</c>, <c>every 30m</c>, or a Quartz cron expression (<c>0 0 8 ? * MON-FRI</c>). Every error says what is wrong
/// and shows a form that works.
/// </summary>
public static partial class DigestScheduleParser
{
    private const string Examples = "Use daily 08:00, weekdays 07:30, every 6h, or a Quartz cron such as 0 0 8 ? * MON-FRI.";

    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = "MON", ["tue"] = "TUE", ["wed"] = "WED", ["thu"] = "THU", ["fri"] = "FRI", ["sat"] = "SAT", ["sun"] = "SUN",
    };

    public static (DigestSchedule? Schedule, string? Problem) Parse(string? text, string? timeZone, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var zoneId = string.IsNullOrWhiteSpace(timeZone) ? options.DefaultTimeZone : timeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return (null, $"'{zoneId}' is not a time zone NewsBot knows; use an IANA name such as Europe/Paris or America/New_York (suggestions appear as you type).");
        }

        var schedule = (text ?? string.Empty).Trim();
        var (cron, problem) = ToCron(schedule);
        if (cron is null)
        {
            return (null, problem);
        }

        CronExpression expression;
        try
        {
            expression = new CronExpression(cron, zone);
        }
        catch (FormatException e)
        {
            return (null, $"'{schedule}' is not a valid cron expression ({e.Message.TrimEnd('.')}). {Examples}");
        }

        var first = expression.GetNextValidTimeAfter(DateTimeOffset.UtcNow);
        var second = first is { } f ? expression.GetNextValidTimeAfter(f) : null;
        if (first is null)
        {
            return (null, $"'{schedule}' never fires. {Examples}");
        }

        if (second is { } s && s - first.Value < options.MinimumInterval)
        {
            return (null, $"'{schedule}' would post every {(s - first.Value).TotalMinutes:0.#} minutes; digests are at least {options.MinimumInterval.TotalMinutes:0} minutes apart.");
        }

        return (new DigestSchedule(schedule, cron, zone), null);
    }

    private static (string? Cron, string? Problem) ToCron(string schedule)
    {
        if (schedule.Length == 0)
        {
            return (null, "The schedule is empty. " + Examples);
        }

        if (EveryPattern().Match(schedule) is { Success: true } every)
        {
            var n = int.Parse(every.Groups[1].Value, CultureInfo.InvariantCulture);
            var hours = every.Groups[2].Value.StartsWith('h');
            var whole = hours ? 24 : 60;
            if (n < 1 || whole % n != 0)
            {
                return (null, $"every {n}{(hours ? "h" : "m")} does not divide the {(hours ? "day" : "hour")} evenly; use one of {string.Join(", ", Divisors(whole).Select(d => d + (hours ? "h" : "m")))}.");
            }

            return (hours ? $"0 0 0/{n} * * ?" : $"0 0/{n} * * * ?", null);
        }

        if (DaysAtPattern().Match(schedule) is { Success: true } daysAt)
        {
            var (hour, minute) = (int.Parse(daysAt.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(daysAt.Groups[3].Value, CultureInfo.InvariantCulture));
            if (hour > 23 || minute > 59)
            {
                return (null, $"{daysAt.Groups[2].Value}:{daysAt.Groups[3].Value} is not a time of day; use 24-hour HH:MM such as 07:30.");
            }

            var days = DaysField(daysAt.Groups[1].Value);
            return days is null
                ? (null, $"'{daysAt.Groups[1].Value}' is not a day list; use daily, weekdays, weekends or days such as mon,wed,fri.")
                : (days == "*" ? $"0 {minute} {hour} * * ?" : $"0 {minute} {hour} ? * {days}", null);
        }

        var fields = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return fields is 6 or 7 ? (schedule, null) : (null, $"'{schedule}' is not a schedule NewsBot understands. {Examples}");
    }

    private static string? DaysField(string days) => days.ToLowerInvariant() switch
    {
        "daily" or "every day" => "*",
        "weekdays" => "MON-FRI",
        "weekends" => "SAT,SUN",
        _ => days.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
             && parts.All(p => Days.ContainsKey(p.Length >= 3 ? p[..3] : p))
            ? string.Join(',', parts.Select(p => Days[p[..3]]))
            : null,
    };

    private static IEnumerable<int> Divisors(int whole) => Enumerable.Range(1, whole).Where(d => whole % d == 0);

    [GeneratedRegex(@"^every\s+(\d{1,2})\s*(h|hours?|m|min|minutes?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryPattern();

    [GeneratedRegex(@"^([a-z, ]+?)\s+(?:at\s+)?(\d{1,2}):(\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysAtPattern();
}
