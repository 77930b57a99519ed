using System.Text.Json.Nodes;
using NewsBot.FakeDiscord;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>The real client over real websockets: connect, identify, heartbeat, and every reconnect path.</summary>
public sealed class GatewayLifecycleTests
{
    private static IEnumerable<RecordedFrame> FromClient(DiscordHarness h, int op) =>
        h.Fake.Recorder.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op == op);

    [Fact]
    public async Task Start_ConnectsIdentifiesAndHeartbeats_WithLastSequence()
    {
        await using var h = await DiscordHarness.StartAsync();

        await h.WaitForReadyAsync();
        await h.Fake.Recorder.WaitUntilAsync(() => FromClient(h, 1).Count(f => f.Json.Contains("\"d\":2", StringComparison.Ordinal)) >= 2, DiscordHarness.Wait, "two heartbeats carrying sequence 2");

        var identify = JsonNode.Parse(FromClient(h, 2).Single().Json)!["d"]!;
        Assert.Equal(h.Fake.Options.Token, (string?)identify["token"]);
        Assert.Equal(1, (int)identify["intents"]!);
        Assert.Equal("[0,1]", identify["shard"]!.ToJsonString());
        Assert.Equal("linux", (string?)identify["properties"]!["os"]);
        var connection = h.Fake.Recorder.Connections.Single();
        Assert.Equal("/gw", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(0, connection.BadHeartbeats);
        Assert.All(h.Fake.Recorder.Frames.Where(f => f.Direction == FrameDirection.FromClient), f => Assert.True(f.Json.Length <= 4096));
    }

    [Fact]
    public async Task ServerHeartbeatRequest_ClientBeatsAtOnce()
    {
        // A one-minute interval: any beat soon after the request is the answer to it.
        await using var h = await DiscordHarness.StartAsync(fakeOptions: DiscordHarness.FakeOptions(heartbeatMs: 60_000));
        await h.WaitForReadyAsync();
        var before = FromClient(h, 1).Count();

        await h.Fake.Gateway.RequestHeartbeatAsync();

        await h.Fake.Recorder.WaitUntilAsync(() => FromClient(h, 1).Count() > before, DiscordHarness.Wait, "a heartbeat answering op 1");
        Assert.Contains(FromClient(h, 1), f => f.Json.Contains("\"d\":2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingHeartbeatAcks_ClientClosesZombieAndResumes()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.WaitForReadyAsync();

        h.Fake.Gateway.SwallowHeartbeatAcks = true;
        await h.Fake.Recorder.WaitUntilAsync(() => FromClient(h, 6).Any(), DiscordHarness.Wait, "a RESUME after the zombie");
        h.Fake.Gateway.SwallowHeartbeatAcks = false;
        await h.Fake.WaitForDispatchAsync("RESUMED", 1, DiscordHarness.Wait);

        var connections = h.Fake.Recorder.Connections;
        Assert.NotEqual(1000, connections[0].ClientCloseCode);
        Assert.NotEqual(1001, connections[0].ClientCloseCode);
        Assert.Equal("/resume", connections[^1].Path);
        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesOnResumeUrl()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.WaitForReadyAsync();

        await h.Fake.Gateway.ReconnectAsync();
        await h.Fake.WaitForDispatchAsync("RESUMED", 1, DiscordHarness.Wait);

        var connections = h.Fake.Recorder.Connections;
        Assert.Equal(4000, connections[0].ClientCloseCode);
        Assert.Equal("/resume", connections[1].Path);
        Assert.Equal("?v=10&encoding=json", connections[1].Query);
        var resume = JsonNode.Parse(FromClient(h, 6).Single().Json)!["d"]!;
        Assert.Equal(h.Fake.Gateway.Sessions.Single().Id, (string?)resume["session_id"]);
        Assert.Equal(2, (long)resume["seq"]!);
        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
    }

    [Fact]
    public async Task ReconnectBeforeHello_ClientReconnectsAndIdentifies()
    {
        var fake = DiscordHarness.FakeOptions();
        await using var h = await DiscordHarness.StartAsync(fakeOptions: fake, services: _ => { });
        await h.WaitForReadyAsync();
        h.Fake.Gateway.ReconnectBeforeHelloOnce = true;

        await h.Fake.Gateway.ReconnectAsync();
        await h.Fake.WaitForDispatchAsync("RESUMED", 1, DiscordHarness.Wait);

        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.WaitForReadyAsync();

        await h.Fake.Gateway.InvalidateSessionAsync(resumable: true);
        await h.Fake.WaitForDispatchAsync("RESUMED", 1, DiscordHarness.Wait);

        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
        Assert.Equal("/resume", h.Fake.Recorder.Connections[^1].Path);
    }

    [Fact]
    public async Task InvalidSessionNotResumable_IdentifiesAgainOnGatewayUrl()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.WaitForReadyAsync();

        await h.Fake.Gateway.InvalidateSessionAsync(resumable: false);
        await h.WaitForReadyAsync(2);

        Assert.Equal(2, h.Fake.Gateway.IdentifyCount);
        Assert.Equal(0, h.Fake.Gateway.ResumeCount);
        Assert.Equal("/gw", h.Fake.Recorder.Connections[^1].Path);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    public async Task ResumableCloseCode_ClientResumes(int code)
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.WaitForReadyAsync();

        await h.Fake.Gateway.CloseAsync(code);
        await h.Fake.WaitForDispatchAsync("RESUMED", 1, DiscordHarness.Wait);

        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
        Assert.Equal("/resume", h.Fake.Recorder.Connections[^1].Path);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionEndingCloseCode_ClientIdentifiesAnew(int code)
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.WaitForReadyAsync();

        await h.Fake.Gateway.CloseAsync(code);
        await h.WaitForReadyAsync(2);

        Assert.Equal(0, h.Fake.Gateway.ResumeCount);
        Assert.Equal("/gw", h.Fake.Recorder.Connections[^1].Path);
    }
}
