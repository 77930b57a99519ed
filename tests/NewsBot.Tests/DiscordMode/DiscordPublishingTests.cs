using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.DiscordMode;
using NewsBot.FakeDiscord;
using NewsBot.Publishing;
using NewsBot.Replies;

namespace NewsBot.Tests.DiscordMode;

/// <summary>The Discord publishing ports of the bot host against the fake: split posts with nonces, refusals, failures, channel checks.</summary>
public sealed class DiscordPublishingTests(BotFixture fixture) : IClassFixture<BotFixture>
{
    private readonly BotHarness _bot = fixture.Bot;

    private IChannelPublisher Publisher => _bot.Host.Services.GetRequiredService<IChannelPublisher>();

    private IChannelAccess Access => _bot.Host.Services.GetRequiredService<IChannelAccess>();

    private static Reply LargeReply(string tag) => new(
        [.. Enumerable.Range(0, 4).Select(i => new ReplyCard($"{tag} story {i}", string.Concat(Enumerable.Repeat($"Story {i} of {tag} goes on. ", 150))))]);

    [Fact]
    public void BotHost_UsesTheDiscordPorts()
    {
        Assert.IsType<DiscordChannelPublisher>(Publisher);
        Assert.IsType<DiscordChannelAccess>(Access);
    }

    [Fact]
    public async Task Publish_LongReplyWithNonce_SplitsWithDerivedNonces_AndARepeatPostsNothingNew()
    {
        var first = await Publisher.PublishAsync("400", LargeReply("split"), "nd-split-0123456789abcdef", CancellationToken.None);
        var again = await Publisher.PublishAsync("400", LargeReply("split"), "nd-split-0123456789abcdef", CancellationToken.None);

        Assert.Equal(PublishOutcome.Posted, first.Outcome);
        Assert.True(first.MessageIds.Count >= 2, $"{first.MessageIds.Count} messages");
        Assert.Equal(first.MessageIds, again.MessageIds);
        var nonces = _bot.Fake.Recorder.Requests.Where(r => r.Method == "POST" && r.Body.Contains("split story", StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!).Select(b => ((string)b["nonce"]!, (bool)b["enforce_nonce"]!)).Distinct().ToList();
        Assert.Equal(first.MessageIds.Count, nonces.Count);
        Assert.Contains(("nd-split-0123456789abcdef", true), nonces);
        Assert.All(nonces, n => Assert.True(n.Item1.Length <= DiscordChannelPublisher.MaxNonceLength));
        await _bot.AssertAllBodiesValidAsync();
    }

    [Theory]
    [InlineData(403, 50013, "Missing Permissions")]
    [InlineData(404, 10003, "Unknown Channel")]
    public async Task Publish_ForbiddenOrMissing_IsRefusedWithDiscordsMessage(int status, int code, string message)
    {
        _bot.Fake.Rest.Enqueue(FakeHttpFault.Error("POST", "/channels/400/messages", status, code, message));

        var result = await Publisher.PublishAsync("400", Reply.Of(new ReplyCard("Refused")), "nd-refused", CancellationToken.None);

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
        Assert.Contains(message, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ServerErrorsPastTheRetries_IsFailed()
    {
        _bot.Fake.Rest.Enqueue(FakeHttpFault.ServerError("POST", "/channels/400/messages", 503, times: 10));
        try
        {
            var result = await Publisher.PublishAsync("400", Reply.Of(new ReplyCard("Unlucky")), "nd-5xx", CancellationToken.None);

            Assert.Equal(PublishOutcome.Failed, result.Outcome);
            Assert.Contains("503", result.Reason, StringComparison.Ordinal);
        }
        finally
        {
            _bot.Fake.Rest.ClearFaults();
        }
    }

    [Fact]
    public async Task Publish_NotASnowflake_IsRefusedWithoutARequest()
    {
        var result = await Publisher.PublishAsync("#news", Reply.Of(new ReplyCard("x")), null, CancellationToken.None);

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
    }

    [Fact]
    public async Task Access_VisibleTextChannel_HasNoProblem() => Assert.Null(await Access.ProblemAsync("400", CancellationToken.None));

    [Fact]
    public async Task Access_UnknownChannel_SaysToPickOneOfThisServer() =>
        Assert.Contains("Pick a channel of this server", await Access.ProblemAsync("999", CancellationToken.None), StringComparison.Ordinal);

    [Fact]
    public async Task Access_Forbidden_SaysWhichPermissionsToGive()
    {
        _bot.Fake.Rest.Enqueue(FakeHttpFault.Error("GET", "/channels/400", 403, 50001, "Missing Access"));

        var problem = await Access.ProblemAsync("400", CancellationToken.None);

        Assert.Contains("View Channel, Send Messages and Embed Links", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestSubscribe_ToAnUnknownChannel_AnswersWithTheProblemEphemerally()
    {
        var command = BotHarness.Command("digest", "subscribe", ("channel", "999"), ("schedule", "daily 08:00"));
        command["options"]![0]!["options"]![0]!["type"] = 7;

        var (_, message) = await _bot.RunAsync(command);

        Assert.Equal(64, (int)message["flags"]!);
        Assert.Contains("Pick a channel of this server", message.ToJsonString(), StringComparison.Ordinal);
    }
}
