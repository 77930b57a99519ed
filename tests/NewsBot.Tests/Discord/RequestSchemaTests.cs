using System.Text.Json.Nodes;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.FakeDiscord;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>Every request body the client sends validates against Discord's OpenAPI schemas.</summary>
public sealed class RequestSchemaTests
{
    [Fact]
    public async Task EveryRequestBody_ValidatesAgainstDiscordOpenApi()
    {
        // Arrange: one run that sends each kind of body: message, commands, callbacks 4/5/7/8, @original edit, follow-up.
        await using var h = await DiscordHarness.StartAsync(async (interaction, responder, ct) =>
        {
            switch (interaction.Type)
            {
                case InteractionType.ApplicationCommandAutocomplete:
                    await responder.AutocompleteAsync([ApplicationCommandOptionChoice.FromString("alice", "600"), ApplicationCommandOptionChoice.FromString("bob", "601")], ct);
                    break;
                case InteractionType.MessageComponent:
                    await responder.UpdateMessageAsync(new InteractionMessage("page 2") { Components = [MessageComponent.ActionRow(MessageComponent.Button("p:1", "Back"), MessageComponent.LinkButton("https://example.org/a", "Read"))] }, ct);
                    break;
                case InteractionType.ApplicationCommand when interaction.Data!.Name == "now":
                    await responder.RespondAsync(RichMessage().AsEphemeral(), ct);
                    break;
                default:
                    await responder.DeferAsync(ephemeral: true, ct);
                    await responder.EditOriginalAsync(RichMessage(), ct);
                    await responder.FollowupAsync(new InteractionMessage("more") { AllowedMentions = AllowedMentions.OnlyUsers(new Snowflake(600)) }, ct);
                    break;
            }
        });
        await h.WaitForReadyAsync();
        var rest = h.Host.Services.GetService(typeof(NewsBot.Discord.Rest.DiscordRestClient)) as NewsBot.Discord.Rest.DiscordRestClient;

        // Act
        await rest!.CreateMessageAsync(new Snowflake(400), new MessageCreate { Embeds = [RichEmbed()], Nonce = "digest-2026-11-23", EnforceNonce = true, Flags = MessageFlags.SuppressNotifications });
        await rest.BulkOverwriteGuildCommandsAsync(new Snowflake(300), new Snowflake(200), CommandSamples.All);
        var now = await h.Fake.InjectInteractionAsync(2, JsonNode.Parse("""{"id":"701","name":"now","type":1}""")!);
        var later = await h.Fake.InjectInteractionAsync(2, JsonNode.Parse("""{"id":"702","name":"later","type":1}""")!);
        var auto = await h.Fake.InjectInteractionAsync(4, JsonNode.Parse("""{"id":"700","name":"quote","type":1,"options":[{"name":"speaker","type":3,"value":"al","focused":true}]}""")!);
        var button = await h.Fake.InjectInteractionAsync(3, JsonNode.Parse("""{"custom_id":"p:2","component_type":2}""")!, JsonNode.Parse("""{"id":"900","channel_id":"400"}"""));
        await h.Fake.Recorder.WaitUntilAsync(() => later.Followups.Count == 1 && now.CallbackType is not null && auto.CallbackType is not null && button.CallbackType is not null, DiscordHarness.Wait, "all answers");
        // The fake acts on a request (marks the interaction answered) a moment before it files it in the recorder.
        await h.Fake.Recorder.WaitUntilAsync(() => h.Fake.Recorder.Requests.Count(r => r.Body.Length > 0) >= 8, DiscordHarness.Wait, "all bodies recorded");

        // Assert
        var bodies = h.Fake.Recorder.Requests.Where(r => r.Body.Length > 0).ToList();
        // Eight kinds of body at least; on a loaded machine the client's automatic defer may add one more, which must validate too.
        Assert.True(bodies.Count >= 8, $"{bodies.Count} bodies");
        foreach (var request in bodies)
        {
            Assert.InRange(request.Status, 200, 204);
            var schema = OpenApiSchemas.SchemaFor(request.Method, request.Route);
            Assert.NotNull(schema);
            var errors = await OpenApiSchemas.ValidateAsync(schema!, request.Body);
            Assert.True(errors.Count == 0, $"{request.Method} {request.Route} against {schema}: {string.Join("; ", errors)}\n{request.Body}");
        }
    }

    [Fact]
    public async Task SchemaCheck_CatchesAnInvalidBody()
    {
        // The check must be able to fail: a message with a too-long nonce and a wrong type for tts.
        var errors = await OpenApiSchemas.ValidateAsync("MessageCreateRequest", """{"content":"x","nonce":"12345678901234567890123456","tts":"yes"}""");

        Assert.NotEmpty(errors);
    }

    private static Embed RichEmbed() => new()
    {
        Title = "Headline",
        Description = "Summary",
        Url = "https://example.org/a",
        Timestamp = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero),
        Color = 0x2F80ED,
        Footer = new EmbedFooter("Source"),
        Author = new EmbedAuthor("Reporter"),
        Fields = [new EmbedField("Who", "Alice") { Inline = true }],
    };

    private static InteractionMessage RichMessage() => new("Here") { Embeds = [RichEmbed()] };
}
