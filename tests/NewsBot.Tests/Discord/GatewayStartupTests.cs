using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.FakeDiscord;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>Start-up concerns: READY hook, identify spacing between shards, fragmented messages.</summary>
public sealed class GatewayStartupTests
{
    [Fact]
    public async Task ReadyHandler_GetsApplicationId_AndCanRegisterCommands()
    {
        await using var h = await DiscordHarness.StartAsync(services: s => s.AddTransient<IDiscordReadyHandler, RegisterCommandsOnReady>());

        var put = await h.Fake.WaitForRequestAsync(r => r.Method == "PUT", DiscordHarness.Wait, "the command registration");

        Assert.Equal("/applications/300/guilds/200/commands", put.Route);
        Assert.Equal(200, put.Status);
    }

    [Fact]
    public async Task TwoShards_WithMaxConcurrencyOne_IdentifyOneAfterTheOther()
    {
        await using var h = await DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:ShardCount"] = "2" });

        await h.WaitForReadyAsync(2);

        Assert.Equal(2, h.Fake.Gateway.IdentifyCount);
        Assert.DoesNotContain(h.Fake.Recorder.Frames, f => f.Direction == FrameDirection.ToClient && f.Op == 9);
    }

    [Fact]
    public async Task FragmentedMessages_AreReassembled()
    {
        var fake = DiscordHarness.FakeOptions() with { FragmentBytes = 7 };
        await using var h = await DiscordHarness.StartAsync((_, responder, ct) => responder.RespondAsync(new InteractionMessage("ok"), ct), fakeOptions: fake);
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(2, JsonNode.Parse("""{"id":"700","name":"quote","type":1}""")!);

        Assert.Equal(4, (int)(await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait))["type"]!);
    }

    private sealed class RegisterCommandsOnReady(DiscordRestClient rest) : IDiscordReadyHandler
    {
        public async ValueTask OnReadyAsync(DiscordReady ready, CancellationToken ct) =>
            await rest.BulkOverwriteGuildCommandsAsync(ready.ApplicationId, new Snowflake(200), CommandSamples.All, ct);
    }
}
