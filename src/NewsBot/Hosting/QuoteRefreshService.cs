using Microsoft.Extensions.Hosting;
using NewsBot.Core.Indexing;

namespace NewsBot.Hosting;

/// <summary>
/// Bot and console mode: after an upgrade whose quote rules changed, extracts the quotes of the stored articles again in the
/// background (commands are answered meanwhile, from the old quotes until each batch is saved). Stopping half-way is safe:
/// the next start resumes.
/// </summary>
public sealed class QuoteRefreshService(QuoteRefresher refresher) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the start of the other hosted services
        try
        {
            await refresher.RefreshAsync(cancellationToken: stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next start carries on.
        }
    }
}
