using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.FakeDiscord;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>Fatal close codes stop the host; drops resume with replay; shards run side by side. Not parallel: Environment.ExitCode is global.</summary>
[Collection(ProcessExitCodeGroup.Name)]
public sealed class GatewayFaultTests
{
    private static readonly JsonNode CommandData = JsonNode.Parse("""
        {"id":"700","name":"quote","type":1,"options":[{"name":"add","type":1,"options":[{"name":"speaker","type":6,"value":"600"},{"name":"text","type":3,"value":"hi"}]}],
         "resolved":{"users":{"600":{"id":"600","username":"alice","discriminator":"0","avatar":null,"global_name":null}}}}
        """)!;

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsHostWithNonZeroExitCode_WithoutReconnecting(int code)
    {
        try
        {
            await using var h = await DiscordHarness.StartAsync();
            await h.WaitForReadyAsync();
            var lifetime = h.Host.Services.GetRequiredService<IHostApplicationLifetime>();
            var stopping = new TaskCompletionSource();
            using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

            await h.Fake.Gateway.CloseAsync(code);
            await stopping.Task.WaitAsync(DiscordHarness.Wait);

            Assert.Equal(3, Environment.ExitCode);
            Assert.Single(h.Fake.Recorder.Connections);
            Assert.Contains(h.Logs.Lines, l => l.Contains($"CloseCode={code}", StringComparison.Ordinal) && l.StartsWith("Critical", StringComparison.Ordinal));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task WrongToken_GatewayBotRefused_StopsAndNeverLogsToken()
    {
        const string wrong = "wrong-token-Zq81.secret";
        try
        {
            var fakeOptions = DiscordHarness.FakeOptions();
            await using var h = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Token"] = wrong }, fakeOptions: fakeOptions);
            var lifetime = h.Host.Services.GetRequiredService<IHostApplicationLifetime>();
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).WaitAsync(DiscordHarness.Wait).ContinueWith(_ => { }, TaskScheduler.Default);

            Assert.Equal(3, Environment.ExitCode);
            Assert.Equal(401, h.Fake.Recorder.Requests.Single().Status);
            Assert.DoesNotContain(wrong, h.Logs.All, StringComparison.Ordinal);
            Assert.Contains("token", h.Logs.All, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task AbruptDrop_ResumesAndReplaysMissedInteraction_WithoutSecondIdentify()
    {
        var seen = new List<string>();
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            lock (seen)
            {
                seen.Add(interaction.Id.ToString());
            }

            await responder.RespondAsync(new InteractionMessage("ok"), ct);
        });
        await h.WaitForClientSequenceAsync(2); // READY was read, not only sent: an abort drops unread frames

        await h.Fake.Gateway.AbortAsync();
        var missed = await h.Fake.InjectInteractionAsync(2, CommandData.DeepClone());
        await h.Fake.WaitForCallbackAsync(missed.Id, DiscordHarness.Wait);

        await h.Fake.WaitForDispatchAsync("RESUMED", 1, DiscordHarness.Wait);

        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
        Assert.Equal("/resume", h.Fake.Recorder.Connections[^1].Path);
        Assert.Null(h.Fake.Recorder.Connections[0].ClientCloseCode);
        Assert.Equal([missed.Id], seen);
        Assert.Equal(1, missed.CallbackAttempts);
    }

    [Fact]
    public async Task UnexpectedGatewayError_StopsHostWithNonZeroExitCode()
    {
        try
        {
            await using var h = await DiscordHarness.StartAsync(services: s => s.AddSingleton<NewsBot.Discord.Gateway.IGatewayTransportFactory, BrokenTransports>());
            var lifetime = h.Host.Services.GetRequiredService<IHostApplicationLifetime>();
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).WaitAsync(DiscordHarness.Wait).ContinueWith(_ => { }, TaskScheduler.Default);

            Assert.Equal(3, Environment.ExitCode);
            Assert.Contains(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("NotSupportedException", StringComparison.Ordinal));
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task GatewayBotFailing_IsRetriedUntilDiscordRecovers()
    {
        var fake = DiscordHarness.FakeOptions();
        await using var h = await DiscordHarness.StartAsync(fakeOptions: fake, settings: new Dictionary<string, string?> { ["Discord:MaxRetries"] = "1" }, services: _ => { });
        h.Fake.Rest.Enqueue(FakeHttpFault.ServerError("GET", "/gateway/bot", 503, times: 3));

        await h.WaitForReadyAsync();

        Assert.Equal([503, 503, 503, 200], h.Fake.Recorder.Requests.Where(r => r.Route == "/gateway/bot").Select(r => r.Status));
    }

    [Fact]
    public async Task IdentifyBudgetSpent_WaitsForReset_ThenIdentifies()
    {
        var fake = DiscordHarness.FakeOptions() with { SessionStartRemaining = 0, SessionStartResetAfterMs = 300 };
        await using var h = await DiscordHarness.StartAsync(fakeOptions: fake);

        await h.WaitForReadyAsync();

        Assert.Contains(h.Logs.Lines, l => l.Contains("identify budget exhausted", StringComparison.Ordinal));
        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
    }

    [Fact]
    public async Task TwoShards_InOneProcess_EachIdentifiesWithItsShard()
    {
        var fake = DiscordHarness.FakeOptions() with { MaxConcurrency = 2 };
        await using var h = await DiscordHarness.StartAsync(fakeOptions: fake, settings: new Dictionary<string, string?> { ["Discord:ShardCount"] = "2" });

        await h.WaitForReadyAsync(2);

        var shards = h.Fake.Recorder.Frames.Where(f => f.Direction == FrameDirection.FromClient && f.Op == 2)
            .Select(f => JsonNode.Parse(f.Json)!["d"]!["shard"]!.ToJsonString()).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["[0,2]", "[1,2]"], shards);
        Assert.Equal(2, h.Fake.Gateway.Sessions.Count);
    }

    [Fact]
    public async Task ShardIds_RunOnlyTheListedShard()
    {
        await using var h = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:ShardCount"] = "3", ["Discord:ShardIds:0"] = "2" });

        await h.WaitForReadyAsync();

        var identify = h.Fake.Recorder.Frames.Single(f => f.Direction == FrameDirection.FromClient && f.Op == 2);
        Assert.Equal("[2,3]", JsonNode.Parse(identify.Json)!["d"]!["shard"]!.ToJsonString());
    }

    private sealed class BrokenTransports : NewsBot.Discord.Gateway.IGatewayTransportFactory
    {
        public NewsBot.Discord.Gateway.IGatewayTransport Create() => throw new NotSupportedException("no sockets here");
    }
}
