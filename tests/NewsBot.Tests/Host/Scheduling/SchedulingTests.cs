using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using Quartz;

namespace NewsBot.Tests.Host.Scheduling;

/// <summary>The real Quartz scheduler on NewsBot's SQLite file: jobs run, and schedules outlive the process that made them.</summary>
public sealed class SchedulingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-quartz-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private IHost Build()
    {
        var builder = BotHost.CreateBuilder(HostMode.Cli, [$"--Storage:DatabasePath={Path.Combine(_folder, "data", "newsbot.db")}"]);
        builder.Services.AddNewsScheduling(builder.Configuration);
        builder.Services.AddSingleton<RunCounter>();
        return builder.Build();
    }

    [Fact]
    public async Task PersistentStore_FreshDatabase_CreatesSchemaRunsJobsAndKeepsTriggersAcrossRestarts()
    {
        var job = new JobKey("probe", "tests");
        using (var host = Build())
        {
            await host.StartAsync();
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.ScheduleJob(
                JobBuilder.Create<ProbeJob>().WithIdentity(job).StoreDurably().Build(),
                TriggerBuilder.Create().WithIdentity("probe-trigger", "tests").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).RepeatForever()).Build());
            await host.Services.GetRequiredService<RunCounter>().WaitForAsync(2, TimeSpan.FromSeconds(30));
            await host.StopAsync();
        }

        using (var again = Build())
        {
            await again.StartAsync();
            var scheduler = await again.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.NotNull(await scheduler.GetJobDetail(job));
            await again.Services.GetRequiredService<RunCounter>().WaitForAsync(1, TimeSpan.FromSeconds(30));
            await again.StopAsync();
        }
    }

    internal sealed class RunCounter : IDisposable
    {
        private readonly SemaphoreSlim _runs = new(0);

        public void Ran() => _runs.Release();

        public void Dispose() => _runs.Dispose();

        public async Task WaitForAsync(int runs, TimeSpan timeout)
        {
            for (var i = 0; i < runs; i++)
            {
                Assert.True(await _runs.WaitAsync(timeout), $"the job ran {i} times, expected {runs}");
            }
        }
    }

    internal sealed class ProbeJob(RunCounter counter) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            counter.Ran();
            return ValueTask.CompletedTask;
        }
    }
}
