namespace NewsBot.Hosting;

/// <summary>Where console mode reads commands and writes replies: the process's standard streams, or a test's strings.</summary>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output)
{
    public static ConsoleStreams Standard => new(Console.In, Console.Out);
}
