using System.CommandLine;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>
/// Running NewsBot (the default when no verb is given): the Discord bot when a token is configured, otherwise console mode,
/// which indexes <c>Ingest:Folders</c> and answers slash commands typed on standard input.
/// </summary>
internal static class RunVerb
{
    public static Command Create(CliContext context)
    {
        var command = new Command("run", "Run the bot (console mode when no Discord token is set); the default");
        command.SetAction((_, token) => RunAsync(context, token));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var (builder, _) = BotHost.CreateRunBuilder(context.ConfigSwitches, context.Streams);
            using var host = builder.Build();
            await host.RunAsync(cancellationToken);
            // The Discord client sets a non-zero exit code when Discord ends the session for good (4004 bad token...).
            return Environment.ExitCode;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            return context.Output.Fail(string.Join(" ", e.Failures));
        }
    }
}
