using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>INTERACTION_CREATE from the fake gateway to the handler, and every kind of answer back over HTTP.</summary>
public sealed class InteractionTests
{
    private static JsonNode Command => JsonNode.Parse("""
        {"id":"700","name":"quote","type":1,"options":[{"name":"add","type":1,"options":[{"name":"speaker","type":6,"value":"600"},{"name":"text","type":3,"value":"hi"}]}],
         "resolved":{"users":{"600":{"id":"600","username":"alice","discriminator":"0","avatar":null,"global_name":null}}}}
        """)!;

    private static JsonNode Autocomplete => JsonNode.Parse("""
        {"id":"700","name":"quote","type":1,"options":[{"name":"search","type":1,"options":[{"name":"speaker","type":3,"value":"al","focused":true}]}]}
        """)!;

    private static JsonNode Button => JsonNode.Parse("""{"custom_id":"digest:page:2","component_type":2}""")!;

    private static JsonNode BotMessage => JsonNode.Parse("""{"id":"900","channel_id":"400","content":"page 1","flags":0}""")!;

    [Fact]
    public async Task Command_HandlerReadsOptionsTree_AndRespondsWithType4()
    {
        Interaction? received = null;
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            received = interaction;
            await responder.RespondAsync(new InteractionMessage("Saved") { Embeds = [new Embed { Title = "Quote", Color = 0x3366FF, Fields = [new EmbedField("Speaker", "alice")] }] }, ct);
        });
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(2, Command);
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);

        Assert.Equal(4, (int)callback["type"]!);
        Assert.Equal("Saved", (string?)callback["data"]!["content"]);
        Assert.Equal("[]", callback["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
        var add = Assert.Single(received!.Data!.Options!);
        Assert.True(add.IsSubcommandOrGroup);
        Assert.Equal(new Snowflake(600), add.Find("speaker")!.ValueAsSnowflake());
        Assert.Equal("hi", add.Find("text")!.ValueAsString());
        Assert.True(received.Member!.HasPermission(1 << 5));
        Assert.Equal(new Snowflake(200), received.GuildId);
        Assert.Equal("alice", received.Invoker!.Username);
    }

    [Fact]
    public async Task SlowHandler_IsDeferredAutomatically_ThenEditsOriginal()
    {
        await using var h = await DiscordHarness.StartAsync(
            async (interaction, responder, ct) =>
            {
                while (responder.State == ResponseState.None)
                {
                    await Task.Delay(20, ct);
                }

                await responder.RespondAsync(new InteractionMessage("late but fine"), ct);
            },
            settings: new Dictionary<string, string?> { ["Discord:AutoDeferAfter"] = "00:00:00.200" });
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(2, Command);
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);
        await h.Fake.Recorder.WaitUntilAsync(() => interaction.OriginalEdits.Count == 1, DiscordHarness.Wait, "the edit of @original");

        Assert.Equal(5, (int)callback["type"]!);
        Assert.Contains("late but fine", interaction.OriginalEdits[0], StringComparison.Ordinal);
        Assert.Equal(1, interaction.CallbackAttempts);
    }

    [Fact]
    public async Task SlowHandlerAnswersPrivately_AfterAPublicAutoDefer_ThinkingRemovedAndAnswerEphemeral()
    {
        await using var h = await DiscordHarness.StartAsync(
            async (interaction, responder, ct) =>
            {
                while (responder.State == ResponseState.None)
                {
                    await Task.Delay(20, ct);
                }

                await responder.RespondAsync(new InteractionMessage("only you should see this").AsEphemeral(), ct);
            },
            settings: new Dictionary<string, string?> { ["Discord:AutoDeferAfter"] = "00:00:00.200" });
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(2, Command);
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);
        await h.Fake.Recorder.WaitUntilAsync(() => interaction.Followups.Count == 1, DiscordHarness.Wait, "the private follow-up");

        Assert.Equal(5, (int)callback["type"]!);
        Assert.Null(callback["data"]?["flags"]); // the automatic defer is public
        Assert.True(interaction.OriginalDeleted);
        Assert.Empty(interaction.OriginalEdits);
        var followup = System.Text.Json.Nodes.JsonNode.Parse(interaction.Followups[0])!;
        Assert.Equal(64, (int)followup["flags"]!);
        Assert.Equal("only you should see this", (string)followup["content"]!);
    }

    [Fact]
    public async Task Autocomplete_FocusedOption_AnsweredWithType8()
    {
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            var focused = interaction.Data!.FocusedOption!;
            await responder.AutocompleteAsync([ApplicationCommandOptionChoice.FromString(focused.ValueAsString() + "ice", "600")], ct);
        });
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(4, Autocomplete);
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);

        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"alice","value":"600"}]}}""", callback.ToJsonString());
    }

    [Fact]
    public async Task Button_UpdateMessage_AnsweredWithType7()
    {
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            Assert.Equal("digest:page:2", interaction.Data!.CustomId);
            Assert.Equal(new Snowflake(900), interaction.Message!.Id);
            await responder.UpdateMessageAsync(new InteractionMessage("page 2") { Components = [MessageComponent.ActionRow(MessageComponent.Button("digest:page:1", "Back"))] }, ct);
        });
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(3, Button, BotMessage);
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);

        Assert.Equal(7, (int)callback["type"]!);
        Assert.Equal("digest:page:1", (string?)callback["data"]!["components"]![0]!["components"]![0]!["custom_id"]);
    }

    [Fact]
    public async Task Button_DeferUpdateThenEdit_UsesType6AndOriginal()
    {
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            await responder.DeferUpdateAsync(ct);
            await responder.UpdateMessageAsync(new InteractionMessage("page 2"), ct);
        });
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(3, Button, BotMessage);
        await h.Fake.Recorder.WaitUntilAsync(() => interaction.OriginalEdits.Count == 1, DiscordHarness.Wait, "the edit of @original");

        Assert.Equal(6, interaction.CallbackType);
    }

    [Fact]
    public async Task EphemeralDeferThenFollowup_KeepsFlag64()
    {
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            await responder.DeferAsync(ephemeral: true, ct);
            await responder.EditOriginalAsync(new InteractionMessage("done"), ct);
            await responder.FollowupAsync(new InteractionMessage("only you see this").AsEphemeral(), ct);
        });
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(2, Command);
        await h.Fake.Recorder.WaitUntilAsync(() => interaction.Followups.Count == 1, DiscordHarness.Wait, "the follow-up");

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", interaction.CallbackBody);
        Assert.Equal(64, (int)JsonNode.Parse(interaction.Followups[0])!["flags"]!);
        Assert.Single(interaction.OriginalEdits);
    }

    [Fact]
    public async Task SecondCallback_ResponderRefuses_AndDiscordAnswers40060()
    {
        var refused = new TaskCompletionSource<Exception>();
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            await responder.RespondAsync(new InteractionMessage("first"), ct);
            refused.SetResult(await Assert.ThrowsAsync<InvalidOperationException>(() => responder.AutocompleteAsync([], ct)));
        });
        await h.WaitForReadyAsync();
        var interaction = await h.Fake.InjectInteractionAsync(2, Command);
        await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);
        await refused.Task.WaitAsync(DiscordHarness.Wait);

        var rest = h.Host.Services.GetRequiredService<DiscordRestClient>();
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateInteractionResponseAsync(
            Snowflake.Parse(interaction.Id), interaction.Token, new InteractionCallback<InteractionMessage>(InteractionCallbackType.ChannelMessageWithSource, new InteractionMessage("again")),
            NewsBot.Discord.DiscordJsonContext.Default.InteractionCallbackInteractionMessage, CancellationToken.None));

        Assert.Equal(40060, error.Code);
        Assert.DoesNotContain(interaction.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowHandler_DoesNotBlockOtherInteractionsOrHeartbeats()
    {
        var release = new TaskCompletionSource();
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            await responder.DeferAsync(ct: ct);
            if (interaction.Data!.Name == "slow")
            {
                await release.Task.WaitAsync(ct);
            }

            await responder.EditOriginalAsync(new InteractionMessage("done"), ct);
        });
        await h.WaitForReadyAsync();

        var slowData = Command;
        slowData["name"] = "slow";
        var slow = await h.Fake.InjectInteractionAsync(2, slowData);
        var fast = await h.Fake.InjectInteractionAsync(2, Command);
        await h.Fake.Recorder.WaitUntilAsync(() => fast.OriginalEdits.Count == 1, DiscordHarness.Wait, "the fast interaction to finish");
        var beats = h.Fake.Recorder.Frames.Count(f => f.Op == 1);
        await h.Fake.Recorder.WaitUntilAsync(() => h.Fake.Recorder.Frames.Count(f => f.Op == 1) > beats + 2, DiscordHarness.Wait, "heartbeats while a handler is busy");

        Assert.Empty(slow.OriginalEdits);
        release.SetResult();
        await h.Fake.Recorder.WaitUntilAsync(() => slow.OriginalEdits.Count == 1, DiscordHarness.Wait, "the slow interaction to finish");
    }

    [Fact]
    public async Task HandlerThrows_UserGetsEphemeralError_AndFailureIsLogged()
    {
        await using var h = await DiscordHarness.StartAsync((_, _, _) => throw new InvalidOperationException("boom"));
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(2, Command);
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);

        Assert.Equal(4, (int)callback["type"]!);
        Assert.Equal(64, (int)callback["data"]!["flags"]!);
        Assert.Contains(h.Logs.Lines, l => l.Contains("boom", StringComparison.Ordinal) && l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_MoreThan25Choices_IsRefusedClearly()
    {
        var error = new TaskCompletionSource<Exception>();
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            var many = Enumerable.Range(0, 26).Select(i => ApplicationCommandOptionChoice.FromInteger("n" + i, i)).ToList();
            error.SetResult(await Assert.ThrowsAsync<ArgumentException>(() => responder.AutocompleteAsync(many, ct)));
        });
        await h.WaitForReadyAsync();

        await h.Fake.InjectInteractionAsync(4, Autocomplete);

        Assert.Contains("25", (await error.Task.WaitAsync(DiscordHarness.Wait)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableInteraction_IsSkipped_AndTheNextOneIsHandled()
    {
        await using var h = await DiscordHarness.StartAsync((_, responder, ct) => responder.RespondAsync(new InteractionMessage("ok"), ct));
        await h.WaitForReadyAsync();

        await h.Fake.Gateway.DispatchAsync("INTERACTION_CREATE", JsonNode.Parse("""{"id":"not-a-snowflake","type":2}""")!);
        var good = await h.Fake.InjectInteractionAsync(2, Command);
        await h.Fake.WaitForCallbackAsync(good.Id, DiscordHarness.Wait);

        Assert.Contains(h.Logs.Lines, l => l.Contains("could not be read", StringComparison.Ordinal));
        Assert.Equal(1, h.Fake.Gateway.IdentifyCount);
        Assert.Single(h.Fake.Recorder.Connections);
    }

    [Fact]
    public async Task NoHandlerRegistered_IsLogged()
    {
        await using var h = await DiscordHarness.StartAsync();
        await h.WaitForReadyAsync();

        var interaction = await h.Fake.InjectInteractionAsync(2, Command);

        using var patience = new CancellationTokenSource(DiscordHarness.Wait);
        while (!h.Logs.All.Contains("No IInteractionHandler", StringComparison.Ordinal))
        {
            await Task.Delay(10, patience.Token);
        }

        Assert.Null(interaction.CallbackType);
    }
}
