namespace NewsBot.Core.Indexing;

/// <summary>
/// Where an indexing run spent its time, summed over every thread that did the work: <see cref="Prepare"/> (parsing,
/// cleaning, language, sentences, hash) and <see cref="Quotes"/> run on every core at once, <see cref="Write"/> on the one
/// writer. The run cannot go faster than <see cref="Write"/> (nor than the sum of the others divided by the cores), which is
/// what <c>bench index</c> prints to show where a slow run loses its time.
/// </summary>
public sealed record IndexStageTimes(TimeSpan Prepare, TimeSpan Quotes, TimeSpan Write)
{
    public static IndexStageTimes None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>
    /// The CPU time of the same stages (the times above are wall-clock time on the thread, which includes waiting for a core
    /// on a busy machine), or null where the platform cannot read a thread's CPU time (only Linux is read).
    /// </summary>
    public IndexStageTimes? Cpu { get; init; }

}
