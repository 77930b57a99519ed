using System.Globalization;
using Quartz;

namespace NewsBot.Digests;

/// <summary>
/// Fires for one subscription's trigger and delivers its slot. The slot is the schedule's time at or before the scheduled
/// fire time, so a catch-up run after downtime delivers the latest missed slot, once.
/// </summary>
public sealed class DigestJob(DigestDeliveryService delivery) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.MergedJobDataMap.TryGetValue(DigestTriggers.SubscriptionKey, out var value)
            || !long.TryParse(value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return;
        }

        var fired = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var slot = fired;
        if (context.Trigger is ICronTrigger cron)
        {
            var expression = new CronExpression(cron.CronExpressionString!, cron.TimeZone);
            // The latest slot not after the fire time: on a catch-up run Quartz fires "now", but the slot is the missed one.
            var limit = fired.AddMilliseconds(1);
            slot = expression.IsSatisfiedBy(fired) ? fired : expression.GetPreviousValidTimeBefore(limit) ?? fired;
        }

        await delivery.DeliverAsync(id, TruncateToSeconds(slot), manual: false, cancellationToken);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) => new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Offset);
}
