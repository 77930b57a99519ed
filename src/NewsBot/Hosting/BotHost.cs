using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NewsBot.Core.Digests;
using NewsBot.Core.Ingest;
using NewsBot.Core.Storage;
using NewsBot.Core.Summaries;
using NewsBot.Digests;
using NewsBot.DiscordMode;
using NewsBot.Feeds;
using NewsBot.Publishing;
using NewsBot.Scheduling;

namespace NewsBot.Hosting;

/// <summary>
/// Composes NewsBot for every mode; tests build the same host. Configuration, lowest to highest: appsettings.json,
/// appsettings.{Environment}.json, user secrets, environment variables (<c>Storage__DatabasePath</c>), then command-line
/// switches (<c>--Storage:DatabasePath=/tmp/x.db</c>). Logs go to standard error, one line each, so standard output stays
/// clean for replies and JSON.
/// </summary>
public static class BotHost
{
    /// <summary>The configuration key whose presence makes <c>run</c> start the Discord bot instead of console mode.</summary>
    public const string TokenKey = "Discord:Token";

    /// <summary>
    /// The host <c>run</c> starts: the Discord bot when <c>Discord:Token</c> is set (environment, user secrets, a switch), else
    /// console mode. The mode chosen is returned so the caller can tell the operator.
    /// </summary>
    public static (HostApplicationBuilder Builder, HostMode Mode) CreateRunBuilder(IReadOnlyList<string> configSwitches, ConsoleStreams? streams = null)
    {
        var builder = NewBuilder(configSwitches);
        var mode = string.IsNullOrWhiteSpace(builder.Configuration[TokenKey]) ? HostMode.Console : HostMode.Discord;
        return (Compose(builder, mode, streams), mode);
    }

    public static HostApplicationBuilder CreateBuilder(HostMode mode, IReadOnlyList<string> configSwitches, ConsoleStreams? streams = null) =>
        Compose(NewBuilder(configSwitches), mode, streams);

    private static HostApplicationBuilder NewBuilder(IReadOnlyList<string> configSwitches)
    {
        ArgumentNullException.ThrowIfNull(configSwitches);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = ContentRoot(),
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        var environment = builder.Environment.EnvironmentName;
        builder.Configuration
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddJsonFile($"appsettings.{environment}.json", optional: true, reloadOnChange: false)
            .AddUserSecrets(typeof(BotHost).Assembly, optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine([.. configSwitches]);
        return builder;
    }

    private static HostApplicationBuilder Compose(HostApplicationBuilder builder, HostMode mode, ConsoleStreams? streams)
    {
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.ColorBehavior = Console.IsErrorRedirected ? LoggerColorBehavior.Disabled : LoggerColorBehavior.Default;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (mode == HostMode.Cli)
        {
            // A one-shot verb reports its own outcome; only warnings and errors belong beside it.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        // The empty builder has no lifetime: this one stops the host on Ctrl+C and SIGTERM (docker stop), quietly.
        builder.Services.AddSingleton<IHostLifetime, Microsoft.Extensions.Hosting.Internal.ConsoleLifetime>();
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddNewsText().AddNewsStorage().AddNewsSummaries().AddNewsDigests().AddNewsCommands().AddNewsFeedManagement();
        builder.Services.AddOptions<IngestFolderOptions>().BindConfiguration(IngestFolderOptions.Section);
        builder.Services.AddSingleton(streams ?? ConsoleStreams.Standard);
        if (mode != HostMode.Cli)
        {
            builder.Services.AddNewsScheduling(builder.Configuration).AddNewsDigestDelivery().AddNewsDigestSchedule();
            builder.Services.AddNewsFeedPolling();
            builder.Services.AddHostedService<QuoteRefreshService>();
        }

        if (mode == HostMode.Console)
        {
            builder.Services.AddHostedService<ConsoleModeService>();
            builder.Services.TryAddSingleton<IChannelPublisher, ConsoleChannelPublisher>();
            builder.Services.TryAddSingleton<IChannelAccess, ConsoleChannelAccess>();
        }
        else if (mode == HostMode.Discord)
        {
            // The gateway, command registration on READY, interactions, and digests posted to Discord channels;
            // Ingest:Folders is indexed in the background so the gateway connects at once.
            builder.Services.AddNewsDiscordBot(builder.Configuration);
        }

        return builder;
    }

    /// <summary>The working directory when it holds an appsettings.json (a checkout, the Docker image), else the binary's folder.</summary>
    private static string ContentRoot()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "appsettings.json")) ? current : AppContext.BaseDirectory;
    }
}
