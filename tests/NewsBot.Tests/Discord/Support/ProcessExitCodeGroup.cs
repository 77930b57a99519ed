namespace NewsBot.Tests.Discord.Support;

/// <summary>Tests that read or set <see cref="Environment.ExitCode"/>, which is process-wide, run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessExitCodeGroup
{
    public const string Name = "Process exit code";
}
