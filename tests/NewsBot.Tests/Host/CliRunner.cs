using NewsBot.Cli;
using NewsBot.Hosting;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Host;

/// <summary>Runs the real CLI in-process on a fresh database in a temp folder, capturing stdout and stderr.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsbot-cli-").FullName;

    public CliRunner()
    {
        DatabasePath = Path.Combine(_folder, "db", "newsbot.db");
    }

    public string DatabasePath { get; set; }

    public string Folder => _folder;

    public async Task<(int Code, string Out, string Error)> RunAsync(params string[] args) => await RunWithInputAsync(null, args);

    public async Task<(int Code, string Out, string Error)> RunWithInputAsync(string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input ?? string.Empty);
        string[] all = [.. args, $"--Storage:DatabasePath={DatabasePath}", $"--Ingest:Folders:0={SeedFolder.Path}"];
        var code = await NewsBotCli.RunAsync(all, output, error, new ConsoleStreams(reader, output));
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
