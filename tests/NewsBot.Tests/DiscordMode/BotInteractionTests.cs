using System.Text.Json.Nodes;

namespace NewsBot.Tests.DiscordMode;

/// <summary>Each command, autocomplete and button through the real bot host and a fake Discord over sockets.</summary>
public sealed class BotInteractionTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotHarness _bot = fixture.Bot;

    private static JsonNode Autocomplete(string command, string option, string typed) => JsonNode.Parse($$"""
        {"id":"900","name":"{{command}}","type":1,"options":[{"name":"{{option}}","type":3,"value":"{{typed}}","focused":true}]}
        """)!;

    private async Task<JsonArray> SuggestAsync(string command, string option, string typed)
    {
        var (type, data) = await _bot.AnswerAsync(await _bot.InjectAsync(4, Autocomplete(command, option, typed)));
        Assert.Equal(8, type);
        return data["choices"]!.AsArray();
    }

    [Fact]
    public async Task Autocomplete_ArticleId_SuggestsMatchingTitlesWithTheirIds()
    {
        var choices = await SuggestAsync("article", "id", "kerlouan1");

        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.Contains("Kerlouan1", (string)c!["name"]!, StringComparison.Ordinal));
        var (_, message) = await _bot.RunAsync(BotHarness.Command("article", ("id", (string)choices[0]!["value"]!)));
        Assert.Contains("Kerlouan1", (string)message["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        await _bot.AssertAllBodiesValidAsync();
    }

    [Fact]
    public async Task Search_AnswersWithAnEmbed_AndTheNextButtonPages()
    {
        var (type, first) = await _bot.RunAsync(BotHarness.Command("search", ("query", "harbour")));

        Assert.Equal(4, type);
        Assert.Null(first["flags"]);
        Assert.StartsWith("Search: harbour", (string)first["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        var next = first["components"]![0]!["components"]!.AsArray().Single(b => ((string)b!["label"]!).StartsWith("Next", StringComparison.Ordinal))!;
        var (pressType, second) = await _bot.AnswerAsync(await _bot.InjectAsync(3, ButtonData((string)next["custom_id"]!), first));

        Assert.Equal(7, pressType);
        Assert.Contains("Page 2", (string)second["embeds"]![0]!["footer"]!["text"]!, StringComparison.Ordinal);
        await _bot.AssertAllBodiesValidAsync();
    }

    [Theory]
    [InlineData("v1/nosuchcommand")]
    [InlineData("forged-by-someone")]
    public async Task Button_UnknownOrForgedCustomId_GetsAnEphemeralError(string customId)
    {
        var (type, message) = await _bot.AnswerAsync(await _bot.InjectAsync(3, ButtonData(customId), JsonNode.Parse("""{"id":"1","channel_id":"400"}""")));

        Assert.Equal(4, type);
        Assert.Equal(64, (int)message["flags"]!);
    }

    [Fact]
    public async Task Summary_Article_AnswersWithTheArticleSummary()
    {
        var id = (string)(await SuggestAsync("summary", "article", "kerlouan3"))[0]!["value"]!;

        var (_, message) = await _bot.RunAsync(BotHarness.Command("summary", ("article", id), ("length", "short")));

        var embed = message["embeds"]![0]!;
        Assert.Contains("Kerlouan3", (string)embed["title"]!, StringComparison.Ordinal);
        Assert.Contains("Kerlouan3", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.StartsWith("Sentences", (string)embed["footer"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_Topic_IsDeferredThenEditsTheOriginal()
    {
        var (type, message) = await _bot.RunAsync(BotHarness.Command("summary", ("topic", "harbour storm")));

        Assert.Equal(5, type);
        Assert.StartsWith("Topic: harbour storm", (string)message["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        await _bot.AssertAllBodiesValidAsync();
    }

    [Fact]
    public async Task DigestPreview_IsDeferredEphemerally()
    {
        var interaction = await _bot.InjectAsync(2, BotHarness.Command("digest", "preview"));
        var (type, message) = await _bot.AnswerAsync(interaction);
        var callback = await _bot.Fake.WaitForCallbackAsync(interaction.Id, BotHarness.Wait);

        Assert.Equal(5, type);
        Assert.Equal(64, (int)callback["data"]!["flags"]!);
        Assert.NotNull(message["content"] ?? message["embeds"]);
    }

    [Fact]
    public async Task StatusAndHelp_Answer_HelpOnlyToTheCaller()
    {
        var (_, status) = await _bot.RunAsync(BotHarness.Command("status"));
        var (_, help) = await _bot.RunAsync(BotHarness.Command("help"));

        Assert.Contains(status["embeds"]![0]!["fields"]!.AsArray(), f => (string)f!["name"]! == "Articles" && (string)f["value"]! == "15");
        Assert.Equal(64, (int)help["flags"]!);
        Assert.Contains("/summary", (string)help["embeds"]![0]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ByAMemberWithoutManageServer_IsRefusedEphemerally()
    {
        // 0x400 VIEW_CHANNEL | 0x800 SEND_MESSAGES: an ordinary member.
        var (_, message) = await _bot.RunAsync(BotHarness.Command("digest", "list"), permissions: "3072");

        Assert.Equal(64, (int)message["flags"]!);
        Assert.Contains("Manage Server", (string)message["content"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BadOption_GetsEphemeralUsageHelp()
    {
        var (_, message) = await _bot.RunAsync(BotHarness.Command("search", ("query", "-only")));

        Assert.Equal(64, (int)message["flags"]!);
        Assert.Contains("/search", (string)message["content"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_WithMentionsInItsText_PingsNobody()
    {
        var id = (string)(await SuggestAsync("article", "id", "pranksters"))[0]!["value"]!;

        var (_, message) = await _bot.RunAsync(BotHarness.Command("article", ("id", id)));

        Assert.Contains("@everyone", message.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", message["allowed_mentions"]!.ToJsonString());
    }

    private static JsonObject ButtonData(string customId) => new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
}
