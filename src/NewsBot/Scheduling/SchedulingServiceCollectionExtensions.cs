using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Storage;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Quartz with its persistent store in NewsBot's own SQLite file (its QRTZ_ tables are created on first start), so schedules
/// survive restarts. Jobs are thin: they resolve Core services and call them. Quartz's store keeps the triggers; NewsBot's own
/// tables keep what was delivered, which is the truth for exactly-once.
/// </summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddNewsScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var path = Path.GetFullPath(configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.DatabasePath ?? new StorageOptions().DatabasePath);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        // Quartz opens the file when it starts, possibly before NewsBot's own store has: the folder must exist by then.
        services.AddHostedService(_ => new DatabaseFolderService(path));
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(connectionString);
                store.UseSystemTextJsonSerializer(_ => { });
                store.ProvisionSchema();
                if (options.Clustered)
                {
                    store.UseClustering(c => c.Enabled = true);
                }
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
