using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// What every verb shares: its output streams, the configuration switches from the command line, and a host built only when
/// a verb runs (so <c>--help</c> never touches the database). Failures a user can fix become one line and exit code 1.
/// </summary>
public sealed class CliContext(CliOutput output, IReadOnlyList<string> configSwitches, ConsoleStreams? streams = null)
{
    public CliOutput Output { get; } = output;

    public IReadOnlyList<string> ConfigSwitches { get; } = configSwitches;

    public ConsoleStreams? Streams { get; } = streams;

    public async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verb);
        try
        {
            using var host = BotHost.CreateBuilder(HostMode.Cli, ConfigSwitches, Streams).Build();
            host.Services.GetService<IStartupValidator>()?.Validate();
            return await verb(host.Services, cancellationToken);
        }
        catch (OptionsValidationException e)
        {
            return Output.Fail(string.Join(" ", e.Failures));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Output.Error.WriteLine("Cancelled. What was saved before stopping is kept; run the command again to finish.");
            return 130;
        }
        catch (Exception e) when (e is SqliteException or ArticleStoreException or InvalidOperationException or IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            var database = ConfigSwitches.FirstOrDefault(s => s.Contains("DatabasePath", StringComparison.OrdinalIgnoreCase));
            return Output.Fail($"{e.Message}{(e is SqliteException ? " Check Storage:DatabasePath" + (database is null ? "" : $" ({database})") + " names a NewsBot database." : "")}");
        }
    }
}
