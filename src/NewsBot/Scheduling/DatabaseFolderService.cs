using Microsoft.Extensions.Hosting;

namespace NewsBot.Scheduling;

/// <summary>Creates the database's folder when the host starts, before the scheduler opens the file.</summary>
internal sealed class DatabaseFolderService(string databasePath) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
