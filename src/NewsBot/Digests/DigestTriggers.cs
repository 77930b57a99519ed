using System.Globalization;
using NewsBot.Core.Digests.Subscriptions;
using Quartz;

namespace NewsBot.Digests;

/// <summary>
/// One durable <see cref="DigestJob"/> and one cron trigger per subscription, in the subscription's time zone, kept in
/// Quartz's persistent store. A missed fire is run once when the scheduler comes back (the job then decides from the catch-up
/// window whether the slot is still worth posting); overlapping runs of one trigger are refused.
/// </summary>
public sealed class DigestTriggers(ISchedulerFactory schedulers, Microsoft.Extensions.Options.IOptions<Scheduling.SchedulingOptions> scheduling)
{
    public const string Group = "digests";
    public const string SubscriptionKey = "subscriptionId";
    public static readonly JobKey Job = new("digest", Group);

    public static TriggerKey TriggerFor(long subscriptionId) => new("digest-" + subscriptionId.ToString(CultureInfo.InvariantCulture), Group);

    /// <summary>
    /// Creates the subscription's trigger. <paramref name="replace"/> false keeps a trigger already stored (start-up sync: its
    /// next fire time, and so a missed fire to catch up, survive the restart); true rebuilds it (the schedule changed).
    /// </summary>
    public async Task ScheduleAsync(DigestSubscription subscription, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await EnsureJobAsync(scheduler, cancellationToken);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(TriggerFor(subscription.Id))
            .ForJob(Job)
            .UsingJobData(SubscriptionKey, subscription.Id.ToString(CultureInfo.InvariantCulture))
            .WithMisfireThreshold(scheduling.Value.MisfireThreshold)
            .WithSchedule(CronScheduleBuilder.Create(subscription.Cron)
                .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(subscription.TimeZone))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleTrigger(trigger, replace ? TriggerConflict.Replace : TriggerConflict.Keep, cancellationToken);
    }

    public async Task UnscheduleAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(TriggerFor(subscriptionId), cancellationToken);
    }

    private static async Task EnsureJobAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await scheduler.GetJobDetail(Job, cancellationToken) is null)
        {
            await scheduler.AddJob(JobBuilder.Create<DigestJob>().WithIdentity(Job).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken);
        }
    }
}
