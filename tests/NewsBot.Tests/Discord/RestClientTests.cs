using System.Net;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.FakeDiscord;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>The REST pipeline over real HTTP: headers, rate limits of every kind, retries, timeouts and errors.</summary>
public sealed class RestClientTests
{
    private static readonly Snowflake Channel = new(400);
    private const string Messages = "/channels/400/messages";

    private static MessageCreate Hello(string nonce = "n-1") => new() { Content = "hello @everyone", Nonce = nonce, EnforceNonce = true };

    [Fact]
    public async Task CreateMessage_SendsBotAuthUserAgentAndNonce_WithMentionsSuppressed()
    {
        await using var h = await RestHarness.StartAsync();

        var message = await h.Rest.CreateMessageAsync(Channel, Hello());

        var request = h.Requests("POST", Messages).Single();
        Assert.Equal("Bot " + h.Fake.Options.Token, request.Header("Authorization"));
        Assert.Matches(@"^DiscordBot \(https://\S+, \d+\.\d+\.\d+\)$", request.Header("User-Agent"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("\"nonce\":\"n-1\",\"enforce_nonce\":true", request.Body, StringComparison.Ordinal);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", request.Body, StringComparison.Ordinal);
        Assert.Equal(Channel, message.ChannelId);
        Assert.Equal("hello @everyone", message.Content);
    }

    [Fact]
    public async Task CreateMessage_SameNonceTwice_ReturnsTheFirstMessage()
    {
        await using var h = await RestHarness.StartAsync();

        var first = await h.Rest.CreateMessageAsync(Channel, Hello("same"));
        var second = await h.Rest.CreateMessageAsync(Channel, Hello("same"));

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public async Task WebhookAndCallbackRoutes_SendNoBotToken()
    {
        await using var h = await RestHarness.StartAsync();
        var interaction = h.Fake.Rest.NewInteraction(2);
        var app = Snowflake.Parse(h.Fake.Options.ApplicationId);

        await h.Rest.CreateInteractionResponseAsync(Snowflake.Parse(interaction.Id), interaction.Token,
            new InteractionCallback<DeferredCallbackData>(InteractionCallbackType.DeferredChannelMessageWithSource, new DeferredCallbackData(null)),
            NewsBot.Discord.DiscordJsonContext.Default.InteractionCallbackDeferredCallbackData, CancellationToken.None);
        await h.Rest.EditOriginalInteractionResponseAsync(app, interaction.Token, new InteractionMessage("done"));
        await h.Rest.CreateFollowupMessageAsync(app, interaction.Token, new InteractionMessage("more"));

        Assert.Equal(3, h.Fake.Recorder.Requests.Count);
        Assert.All(h.Fake.Recorder.Requests, r => Assert.Null(r.Header("Authorization")));
        Assert.All(h.Fake.Recorder.Requests, r => Assert.InRange(r.Status, 200, 204));
    }

    [Theory]
    [InlineData("bucket")]
    [InlineData("shared")]
    [InlineData("bare")]
    public async Task RateLimited429_IsWaitedOutAndRetried(string kind)
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Rest.Enqueue(kind switch
        {
            "bucket" => FakeHttpFault.BucketRateLimit("POST", Messages, 0.2),
            "shared" => FakeHttpFault.SharedRateLimit("POST", Messages, 0.2),
            _ => FakeHttpFault.BareRetryAfter("POST", Messages, 1),
        });

        await h.Rest.CreateMessageAsync(Channel, Hello());

        var requests = h.Requests("POST", Messages);
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        var waited = requests[1].At - requests[0].At;
        Assert.True(waited >= TimeSpan.FromMilliseconds(kind == "bare" ? 950 : 190), $"retried after {waited.TotalMilliseconds} ms");
        Assert.Equal(kind == "shared" ? 0 : 1, h.Budget.Count);
    }

    [Fact]
    public async Task GlobalRateLimit_PausesOtherRoutesToo()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Rest.Enqueue(FakeHttpFault.GlobalRateLimit("POST", Messages, 0.5));

        var send = h.Rest.CreateMessageAsync(Channel, Hello());
        var limited = await h.Fake.WaitForRequestAsync(r => r.Status == 429, DiscordHarness.Wait, "the global 429");
        using (var patience = new CancellationTokenSource(DiscordHarness.Wait))
        {
            while (!h.Logs.All.Contains("Scope=global", StringComparison.Ordinal))
            {
                await Task.Delay(10, patience.Token); // until the client has read the 429, not only the server sent it
            }
        }
        await h.Rest.GetChannelAsync(Channel);
        await send;

        var get = h.Requests("GET", "/channels/400").Single();
        Assert.True(get.At - limited.At >= TimeSpan.FromMilliseconds(450), $"GET went out {(get.At - limited.At).TotalMilliseconds} ms after the global 429");
    }

    [Fact]
    public async Task BucketExhausted_NextRequestWaitsForReset()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Rest.Enqueue(new FakeHttpFault("POST", Messages) { Headers = new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.4" } });

        await h.Rest.CreateMessageAsync(Channel, Hello("a"));
        await h.Rest.CreateMessageAsync(Channel, Hello("b"));

        var requests = h.Requests("POST", Messages);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(380), $"second request after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
        Assert.Contains(h.Logs.Lines, l => l.Contains("Waiting", StringComparison.Ordinal) && l.Contains("bucket", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task ServerErrorOnce_IsRetried(int status)
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Rest.Enqueue(FakeHttpFault.ServerError("POST", Messages, status));

        await h.Rest.CreateMessageAsync(Channel, Hello());

        Assert.Equal([status, 200], h.Requests("POST", Messages).Select(r => r.Status));
    }

    [Fact]
    public async Task ServerErrorForever_GivesUpAfterMaxRetries()
    {
        await using var h = await RestHarness.StartAsync(new Dictionary<string, string?> { ["Discord:MaxRetries"] = "2" });
        h.Fake.Rest.Enqueue(FakeHttpFault.ServerError("GET", "/channels/400", 500, int.MaxValue));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.GetChannelAsync(Channel));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(3, h.Requests("GET", "/channels/400").Count);
    }

    [Fact]
    public async Task SlowResponse_TimesOutPerAttempt()
    {
        await using var h = await RestHarness.StartAsync(new Dictionary<string, string?> { ["Discord:RequestTimeout"] = "00:00:00.200", ["Discord:MaxRetries"] = "1" });
        h.Fake.Rest.Enqueue(new FakeHttpFault("GET", "/channels/400") { Status = 200, Delay = TimeSpan.FromSeconds(3), Times = 2 });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => h.Rest.GetChannelAsync(Channel));

        Assert.Contains("GET /api/v10/channels/:id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthorized_ThrowsAndStopsUsingTheToken()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Rest.Enqueue(FakeHttpFault.Error("GET", "/channels/400", 401, 0, "401: Unauthorized"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.GetChannelAsync(Channel));
        await Assert.ThrowsAsync<DiscordRequestRefusedException>(() => h.Rest.GetChannelAsync(Channel));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Single(h.Fake.Recorder.Requests);
        Assert.DoesNotContain(h.Fake.Options.Token, h.Logs.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, 50013, "Missing Permissions")]
    [InlineData(404, 10003, "Unknown Channel")]
    public async Task ClientError_CarriesDiscordCodeAndMessage(int status, int code, string message)
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Rest.Enqueue(FakeHttpFault.Error("POST", Messages, status, code, message));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.CreateMessageAsync(Channel, Hello()));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("POST /api/v10/channels/:id/messages", error.Route);
    }

    [Fact]
    public async Task InvalidForm_ErrorListsTheField()
    {
        await using var h = await RestHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.CreateMessageAsync(Channel, new MessageCreate { Content = new string('x', 2001) }));

        Assert.Equal(50035, error.Code);
        Assert.Contains("2000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidRequests_OverBudget_AreRefusedBeforeSending()
    {
        await using var h = await RestHarness.StartAsync(new Dictionary<string, string?> { ["Discord:InvalidRequestBudget"] = "3" });
        h.Fake.Rest.Enqueue(FakeHttpFault.Error("POST", Messages, 403, 50013, "Missing Permissions") with { Times = int.MaxValue });

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.CreateMessageAsync(Channel, Hello()));
        }

        var refused = await Assert.ThrowsAsync<DiscordRequestRefusedException>(() => h.Rest.CreateMessageAsync(Channel, Hello()));

        Assert.Equal(3, h.Fake.Recorder.Requests.Count);
        Assert.Contains("budget 3", refused.Message, StringComparison.Ordinal);
        Assert.Contains(h.Logs.Lines, l => l.Contains("slowing down", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BulkOverwriteGuildCommands_ReturnsRegisteredCommands()
    {
        await using var h = await RestHarness.StartAsync();

        var commands = await h.Rest.BulkOverwriteGuildCommandsAsync(new Snowflake(300), new Snowflake(200), CommandSamples.All);

        Assert.Equal(CommandSamples.All.Select(c => c.Name), commands.Select(c => c.Name));
        Assert.All(commands, c => Assert.Equal(new Snowflake(200), c.GuildId));
        Assert.All(commands, c => Assert.NotNull(c.Id));
    }

    [Fact]
    public async Task BulkOverwriteGlobalCommands_InvalidName_IsRejectedWithCode50035()
    {
        await using var h = await RestHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.BulkOverwriteGlobalCommandsAsync(new Snowflake(300), [new ApplicationCommand("Bad Name", "x")]));

        Assert.Equal(50035, error.Code);
    }
}
