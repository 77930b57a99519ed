using System.Runtime.InteropServices;

namespace NewsBot.Core.Indexing;

/// <summary>
/// The CPU time the calling thread has used (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). Stage times measured on
/// the wall clock also count the time a thread waited for a core, which on a busy machine is most of it; the CPU time is
/// the figure that compares across runs. Elsewhere <see cref="IsSupported"/> is false and the stage CPU times are not reported.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The calling thread's CPU time so far, or zero where it cannot be read.</summary>
    public static TimeSpan Now() => IsSupported && TryRead(out var time) ? time : TimeSpan.Zero;

    private static bool TryRead(out TimeSpan time)
    {
        time = TimeSpan.Zero;
        try
        {
            if (ClockGetTime(ThreadCpuTimeId, out var spec) != 0)
            {
                return false;
            }

            time = TimeSpan.FromTicks((spec.Seconds * TimeSpan.TicksPerSecond) + (spec.Nanoseconds / 100));
            return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
