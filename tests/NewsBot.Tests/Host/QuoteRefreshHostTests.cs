using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;
using NewsBot.Tests.Core.Ingest;

namespace NewsBot.Tests.Host;

/// <summary>
/// After an upgrade whose quote rules changed, stored articles get their quotes again: from <c>index</c>, and from the bot's
/// start (console and Discord modes), on a real database left "as an older release wrote it".
/// </summary>
public sealed class QuoteRefreshHostTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>The seeds indexed, then their quotes wiped and marked as found by rules older than any release.</summary>
    private async Task IndexSeedsUnderOldRulesAsync()
    {
        Assert.Equal(0, (await _cli.RunAsync("index", SeedFolder.Path)).Code);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _cli.DatabasePath }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM quotes; DELETE FROM speakers; UPDATE articles SET quote_rules_version = 0;";
        command.ExecuteNonQuery();
    }

    private async Task<int> QuoteCountAsync() => JsonDocument.Parse((await _cli.RunAsync("quotes", "--json")).Out).RootElement.GetArrayLength();

    [Fact]
    public async Task Index_StoredArticlesFromOlderRules_QuotesExtractedAgainAndSaid()
    {
        await IndexSeedsUnderOldRulesAsync();
        var other = Path.Combine(_cli.Folder, "other.txt");
        await File.WriteAllTextAsync(other, "Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n");

        var (code, output, _) = await _cli.RunAsync("index", other);

        Assert.Equal(0, code);
        Assert.Contains("The quote rules changed since 2 stored articles were indexed: their quotes were extracted again.", output, StringComparison.Ordinal);
        Assert.True(await QuoteCountAsync() >= 10);
        Assert.DoesNotContain("quote rules changed", (await _cli.RunAsync("index", other)).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HostMode.Console)]
    [InlineData(HostMode.Discord)]
    public async Task BotStart_StoredArticlesFromOlderRules_RefreshedInTheBackground(HostMode mode)
    {
        await IndexSeedsUnderOldRulesAsync();
        var builder = BotHost.CreateBuilder(mode, [$"--Storage:DatabasePath={_cli.DatabasePath}", "--Discord:Token=unused"]);
        using var host = builder.Build();
        var refresh = Assert.Single(host.Services.GetServices<IHostedService>().OfType<QuoteRefreshService>());

        await refresh.StartAsync(CancellationToken.None);
        await refresh.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(await QuoteCountAsync() >= 10);
    }
}
