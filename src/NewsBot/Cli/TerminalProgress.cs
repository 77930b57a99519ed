using Spectre.Console;

namespace NewsBot.Cli;

/// <summary>
/// A progress bar on standard error for long work, drawn only when a person is watching (stderr is a terminal); in a pipe or
/// a CI log the work runs silently and only its result is printed.
/// </summary>
internal static class TerminalProgress
{
    public static async Task RunAsync(string label, double total, Func<Action<double, string?>, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Console.IsErrorRedirected)
        {
            await work((_, _) => { });
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: Math.Max(1, total));
                await work((value, description) =>
                {
                    task.Value = Math.Min(value, task.MaxValue);
                    if (description is not null)
                    {
                        task.Description = description;
                    }
                });
                task.Value = task.MaxValue;
            });
    }
}
