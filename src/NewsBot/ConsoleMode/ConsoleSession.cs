using NewsBot.Commands;

namespace NewsBot.ConsoleMode;

/// <summary>
/// The console's read-eval-print loop: each line is a slash command, answered by the same router and handlers as Discord.
/// Ends at the end of input or on "exit".
/// </summary>
public sealed class ConsoleSession(CommandRouter router)
{
    public async Task RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (!cancellationToken.IsCancellationRequested && await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            if (text is "exit" or "quit" or "/exit" or "/quit")
            {
                break;
            }

            var request = ConsoleCommandParser.Parse(text, name => router.Definitions.FirstOrDefault(d => d.Name == name));
            if (request is null)
            {
                await output.WriteLineAsync("Commands start with a slash, such as /search query:navalny. Type /help for the list, exit to leave.\n");
                continue;
            }

            ConsoleReplyRenderer.Render(await router.ExecuteAsync(request, cancellationToken), output);
            await output.FlushAsync(cancellationToken);
        }
    }
}
