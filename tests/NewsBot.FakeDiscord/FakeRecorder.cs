namespace NewsBot.FakeDiscord;

/// <summary>Everything the fake saw, with a change signal so tests await conditions instead of sleeping.</summary>
public sealed class FakeRecorder
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedFrame> _frames = [];
    private readonly List<FakeConnectionInfo> _connections = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<RecordedRequest> Requests { get { lock (_lock) { return [.. _requests]; } } }

    public IReadOnlyList<RecordedFrame> Frames { get { lock (_lock) { return [.. _frames]; } } }

    public IReadOnlyList<FakeConnectionInfo> Connections { get { lock (_lock) { return [.. _connections]; } } }

    public void Add(RecordedRequest request) => Change(() => _requests.Add(request));

    public void Add(RecordedFrame frame) => Change(() => _frames.Add(frame));

    public void Add(FakeConnectionInfo connection) => Change(() => _connections.Add(connection));

    /// <summary>Signals waiters after a change made outside the recorder (a status set, a connection ended).</summary>
    public void Touch() => Change(() => { });

    /// <summary>Waits until <paramref name="condition"/> holds; throws a TimeoutException naming <paramref name="what"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition())
            {
                return;
            }

            try
            {
                await changed.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                if (condition())
                {
                    return;
                }

                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}.");
            }
        }
    }

    private void Change(Action action)
    {
        TaskCompletionSource old;
        lock (_lock)
        {
            action();
            old = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        old.TrySetResult();
    }
}
