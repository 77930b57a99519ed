using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Commands;
using NewsBot.Discord;
using NewsBot.Discord.Models;
using NewsBot.DiscordMode;
using NewsBot.Replies;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.DiscordMode;

/// <summary>Every Discord limit is met by cutting at a boundary, never by failing; nothing rendered can ping anyone.</summary>
public sealed class DiscordReplyRendererTests
{
    private static readonly CommandCaller Caller = new("600", "200", "400", false);

    private static string Sentences(int characters, string word = "harbour")
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append("The ").Append(word).Append(" number ").Append(i).Append(" reopened today after the storm. ");
        }

        return text.ToString().Trim();
    }

    private static JsonNode Json(InteractionMessage message) =>
        JsonNode.Parse(JsonSerializer.Serialize(message, DiscordJsonContext.Default.InteractionMessage))!;

    private static async Task AssertValidAsync(InteractionMessage message)
    {
        var body = new JsonObject { ["type"] = 4, ["data"] = Json(message) }.ToJsonString();
        var errors = await OpenApiSchemas.ValidateAsync("Path_InteractionCallback", body);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
    }

    [Fact]
    public void Fit_LongText_CutsAtASentenceWithAnEllipsis()
    {
        var text = Sentences(3000);

        var fitted = TextFit.Fit(text, 2000);

        Assert.True(fitted.Length <= 2000);
        Assert.EndsWith(". …", fitted, StringComparison.Ordinal);
        Assert.StartsWith(fitted[..^2], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NoSentenceEnd_CutsAtAWord()
    {
        var text = string.Join(' ', Enumerable.Repeat("harbour", 100));

        var fitted = TextFit.Fit(text, 50);

        Assert.Equal("harbour harbour harbour harbour harbour harbour…", fitted);
    }

    [Fact]
    public void Fit_ShortText_IsUnchanged() => Assert.Equal("Quay open.", TextFit.Fit("Quay open.", 10));

    [Fact]
    public async Task Interaction_OversizedCard_MeetsEveryEmbedLimit()
    {
        var fields = Enumerable.Range(0, 30).Select(i => new ReplyField(new string('n', 300), Sentences(1500), Inline: true)).ToList();
        var card = new ReplyCard(Sentences(400), Sentences(5000), "https://example.org/a", fields, Sentences(2500), DateTimeOffset.UnixEpoch);

        var message = DiscordReplyRenderer.ToInteractionMessage(new Reply([card], Sentences(2500)));

        Assert.True(message.Content!.Length <= EmbedLimits.Content);
        var embed = Assert.Single(message.Embeds!);
        Assert.True(embed.Title!.Length <= EmbedLimits.Title);
        Assert.True(embed.Description!.Length <= EmbedLimits.Description);
        Assert.True(embed.Footer!.Text.Length <= EmbedLimits.FooterText);
        Assert.InRange(embed.Fields?.Count ?? 0, 0, EmbedLimits.Fields);
        Assert.All(embed.Fields ?? [], f => Assert.True(f.Name.Length <= EmbedLimits.FieldName && f.Value.Length <= EmbedLimits.FieldValue));
        Assert.True(EmbedLimits.CountCharacters(message.Embeds!) <= EmbedLimits.TotalCharacters);
        Assert.EndsWith("…", embed.Title, StringComparison.Ordinal);
        Assert.Equal("https://example.org/a", embed.Url);
        Assert.Equal(DiscordReplyRenderer.NormalColor, embed.Color);
        await AssertValidAsync(message);
    }

    [Fact]
    public void Interaction_ThirtyFieldsOnASmallCard_KeepsTheFirst25()
    {
        var fields = Enumerable.Range(0, 30).Select(i => new ReplyField("F" + i, "v", Inline: true)).ToList();

        var embed = Assert.Single(DiscordReplyRenderer.ToInteractionMessage(Reply.Of(new ReplyCard("T", Fields: fields))).Embeds!);

        Assert.Equal(25, embed.Fields!.Count);
        Assert.Equal("F24", embed.Fields[^1].Name);
        Assert.True(embed.Fields[0].Inline);
    }

    [Fact]
    public async Task Interaction_ManyLargeCards_StaysWithin6000And10Embeds_AndSaysHowManyAreLeft()
    {
        var cards = Enumerable.Range(0, 12).Select(i => new ReplyCard("Story " + i, Sentences(1800))).ToList();

        var message = DiscordReplyRenderer.ToInteractionMessage(new Reply(cards));

        Assert.InRange(message.Embeds!.Count, 1, EmbedLimits.EmbedsPerMessage);
        Assert.True(EmbedLimits.CountCharacters(message.Embeds!) <= EmbedLimits.TotalCharacters);
        Assert.Contains($"({12 - message.Embeds!.Count} more not shown", message.Content, StringComparison.Ordinal);
        await AssertValidAsync(message);
    }

    [Fact]
    public void Interaction_ElevenSmallCards_ShowsTen()
    {
        var cards = Enumerable.Range(0, 11).Select(i => new ReplyCard("Story " + i, "Short.")).ToList();

        var message = DiscordReplyRenderer.ToInteractionMessage(new Reply(cards));

        Assert.Equal(10, message.Embeds!.Count);
        Assert.Contains("(1 more not shown", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_LongReply_IsSplitBetweenCardsNeverInsideOne()
    {
        var cards = Enumerable.Range(0, 5).Select(i => new ReplyCard("Story " + i, Sentences(2500 + i))).ToList();
        var next = new ReplyButton("Next ▶", new CommandRequest("articles", new Dictionary<string, string> { ["page"] = "2" }, Caller));

        var messages = DiscordReplyRenderer.ToChannelMessages(new Reply(cards, "Your digest", [next]));

        Assert.True(messages.Count >= 3, $"{messages.Count} messages");
        Assert.All(messages, m => Assert.True(EmbedLimits.CountCharacters(m.Embeds ?? []) <= EmbedLimits.TotalCharacters));
        // Every card arrives whole and in order.
        Assert.Equal(cards.Select(c => c.Description), messages.SelectMany(m => m.Embeds!).Select(e => e.Description));
        Assert.Equal("Your digest", messages[0].Content);
        Assert.All(messages.Skip(1), m => Assert.Null(m.Content));
        Assert.NotNull(messages[^1].Components);
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.Components));
    }

    [Fact]
    public void Buttons_AreRowsOfFive_WithDecodableIds_AndOversizedStatesLeftOut()
    {
        var buttons = Enumerable.Range(1, 7)
            .Select(i => new ReplyButton("Page " + i, new CommandRequest("articles", new Dictionary<string, string> { ["page"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Caller), Disabled: i == 1))
            .Append(new ReplyButton("Too long", new CommandRequest("search", new Dictionary<string, string> { ["query"] = new string('x', 120) }, Caller)))
            .ToList();

        var rows = DiscordReplyRenderer.ToInteractionMessage(new Reply([], "Pages", buttons)).Components!;

        Assert.Equal([5, 2], rows.Select(r => r.Components!.Count));
        var all = rows.SelectMany(r => r.Components!).ToList();
        Assert.DoesNotContain(all, b => b.Label == "Too long");
        Assert.True(all[0].Disabled);
        Assert.All(all, b => Assert.True(b.CustomId!.Length <= CommandState.MaxLength));
        Assert.Equal("7", CommandState.TryDecode(all[^1].CustomId, Caller)!.Get("page"));
    }

    [Theory]
    [InlineData(ReplyTone.Error, DiscordReplyRenderer.ErrorColor)]
    [InlineData(ReplyTone.Usage, DiscordReplyRenderer.UsageColor)]
    public void ErrorsAndUsage_AreEphemeral_WithTheirColour(ReplyTone tone, int color)
    {
        var message = DiscordReplyRenderer.ToInteractionMessage(new Reply([new ReplyCard("Help", "Text")], "Oops", Tone: tone));

        Assert.Equal(MessageFlags.Ephemeral, message.Flags);
        Assert.Equal(color, message.Embeds![0].Color);
    }

    [Fact]
    public void EmptyReply_StillSendsSomething()
    {
        var message = DiscordReplyRenderer.ToInteractionMessage(new Reply([]));

        Assert.False(string.IsNullOrWhiteSpace(message.Content));
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Mentions_InArticleText_PingNobody()
    {
        const string text = "Hello @everyone and @here, <@123> and <@&456>.";
        var reply = new Reply([new ReplyCard(text, text, Fields: [new ReplyField("Quote", text)], Footer: text)], text);

        var interaction = Json(DiscordReplyRenderer.ToInteractionMessage(reply));
        var channel = JsonNode.Parse(JsonSerializer.Serialize(DiscordReplyRenderer.ToChannelMessages(reply)[0], DiscordJsonContext.Default.MessageCreate))!;

        foreach (var body in new[] { interaction, channel })
        {
            Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
            Assert.Contains("@everyone", (string)body["content"]!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CardUrl_NotHttp_IsLeftOut() =>
        Assert.Null(DiscordReplyRenderer.ToInteractionMessage(Reply.Of(new ReplyCard("T", Url: "javascript:alert(1)"))).Embeds![0].Url);
}
