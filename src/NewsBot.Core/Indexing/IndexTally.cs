using System.Collections.Concurrent;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Indexing;

/// <summary>Counts what an indexing run did; updated from the reader, the preparing workers and the writer at once.</summary>
internal sealed class IndexTally(long totalBytes)
{
    private readonly ConcurrentQueue<IndexProblem> _problems = new();
    private long _bytesRead;
    private int _added;
    private int _updated;
    private int _unchanged;
    private int _duplicates;
    private long _prepareTicks;
    private long _quoteTicks;
    private long _writeTicks;
    private long _prepareCpuTicks;
    private long _quoteCpuTicks;
    private long _writeCpuTicks;

    public void FileRead(long bytes) => Interlocked.Add(ref _bytesRead, bytes);

    public void Problem(IndexProblem problem) => _problems.Enqueue(problem);

    public void Saved(SaveOutcome outcome)
    {
        switch (outcome)
        {
            case SaveOutcome.Added: Interlocked.Increment(ref _added); break;
            case SaveOutcome.Updated: Interlocked.Increment(ref _updated); break;
            case SaveOutcome.Unchanged: Interlocked.Increment(ref _unchanged); break;
            case SaveOutcome.Duplicate: Interlocked.Increment(ref _duplicates); break;
            default: throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not a saved outcome");
        }
    }

    public void Prepared(TimeSpan elapsed, TimeSpan cpu)
    {
        Interlocked.Add(ref _prepareTicks, elapsed.Ticks);
        Interlocked.Add(ref _prepareCpuTicks, cpu.Ticks);
    }

    public void QuotesExtracted(TimeSpan elapsed, TimeSpan cpu)
    {
        Interlocked.Add(ref _quoteTicks, elapsed.Ticks);
        Interlocked.Add(ref _quoteCpuTicks, cpu.Ticks);
    }

    public void Written(TimeSpan elapsed, TimeSpan cpu)
    {
        Interlocked.Add(ref _writeTicks, elapsed.Ticks);
        Interlocked.Add(ref _writeCpuTicks, cpu.Ticks);
    }

    public IndexProgress Progress()
    {
        var skipped = _problems.Count;
        return new IndexProgress(Interlocked.Read(ref _bytesRead), totalBytes,
            _added + _updated + _unchanged + _duplicates + skipped, _added, _updated, skipped);
    }

    public IndexReport ToReport(int files, int ignored, TimeSpan elapsed) =>
        new(files, totalBytes, _added, _updated, _unchanged, _duplicates, ignored, [.. _problems], elapsed)
        {
            Stages = new IndexStageTimes(TimeSpan.FromTicks(Interlocked.Read(ref _prepareTicks)),
                TimeSpan.FromTicks(Interlocked.Read(ref _quoteTicks)), TimeSpan.FromTicks(Interlocked.Read(ref _writeTicks)))
            {
                Cpu = ThreadCpuClock.IsSupported
                    ? new IndexStageTimes(TimeSpan.FromTicks(Interlocked.Read(ref _prepareCpuTicks)),
                        TimeSpan.FromTicks(Interlocked.Read(ref _quoteCpuTicks)), TimeSpan.FromTicks(Interlocked.Read(ref _writeCpuTicks)))
                    : null,
            },
        };
}
