using Microsoft.Extensions.Time.Testing;
using NewsBot.Discord;
using NewsBot.Discord.Gateway;

namespace NewsBot.Tests.Discord;

/// <summary>
/// Discord's gateway send limits, kept by the sender: 120 payloads a minute (Discord closes with 4008 beyond; we stop at 115)
/// and 4,096 bytes a payload (4002). Driven by a fake clock, so the minute passes without waiting.
/// </summary>
public sealed class GatewaySenderTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingTransport _transport = new();

    public ValueTask DisposeAsync() => _transport.DisposeAsync();

    private static GatewayCommand<long?> Heartbeat(long sequence) => new(GatewayOpCode.Heartbeat, sequence);

    private static Task Send(GatewaySender sender, long sequence, CancellationToken ct = default) =>
        sender.SendAsync(Heartbeat(sequence), DiscordJsonContext.Default.GatewayCommandNullableInt64, ct);

    [Fact]
    public async Task SendAsync_116thWithinAMinute_WaitsUntilTheFirstIsAMinuteOld()
    {
        using var sender = new GatewaySender(_transport, _time);
        for (var i = 0; i < 115; i++)
        {
            await Send(sender, i);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        var blocked = Send(sender, 115);

        Assert.Equal(115, _transport.Sent.Count);
        _time.Advance(TimeSpan.FromSeconds(60 - 11.5 - 0.1)); // 0.1 s before the first send is a minute old
        Assert.False(blocked.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await blocked.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(116, _transport.Sent.Count);
    }

    [Fact]
    public async Task SendAsync_SpreadOverMoreThanAMinute_NeverWaits()
    {
        using var sender = new GatewaySender(_transport, _time);

        for (var i = 0; i < 300; i++)
        {
            var send = Send(sender, i);
            Assert.True(send.IsCompleted, $"send {i} waited");
            await send;
            _time.Advance(TimeSpan.FromSeconds(0.6)); // 100 a minute: under the limit
        }

        Assert.Equal(300, _transport.Sent.Count);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaitingForTheLimit_ThrowsAndTheNextSendStillWorks()
    {
        using var sender = new GatewaySender(_transport, _time);
        for (var i = 0; i < 115; i++)
        {
            await Send(sender, i);
        }

        using var cancel = new CancellationTokenSource();
        var blocked = Send(sender, 115, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => blocked.WaitAsync(TimeSpan.FromSeconds(30)));
        _time.Advance(TimeSpan.FromMinutes(1));
        await Send(sender, 116).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(116, _transport.Sent.Count);
    }

    [Fact]
    public async Task SendAsync_PayloadOver4096Bytes_RefusedAndNothingSent()
    {
        using var sender = new GatewaySender(_transport, _time);
        var identify = new GatewayCommand<IdentifyData>(GatewayOpCode.Identify,
            new IdentifyData(new string('x', GatewaySender.MaxPayloadBytes), 0, new IdentifyProperties("linux", "newsbot", "newsbot"), [0, 1]));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(identify, DiscordJsonContext.Default.GatewayCommandIdentifyData, default));

        Assert.Contains("4096-byte limit", error.Message, StringComparison.Ordinal);
        Assert.Empty(_transport.Sent);
    }

    private sealed class RecordingTransport : IGatewayTransport
    {
        public List<byte[]> Sent { get; } = [];

        public Task ConnectAsync(Uri uri, CancellationToken ct) => Task.CompletedTask;

        public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct)
        {
            Sent.Add(utf8Json.ToArray());
            return ValueTask.CompletedTask;
        }

        public ValueTask<GatewayFrame> ReceiveAsync(CancellationToken ct) => throw new NotSupportedException();

        public Task CloseAsync(int closeCode, string reason, CancellationToken ct) => Task.CompletedTask;

        public void Abort()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
