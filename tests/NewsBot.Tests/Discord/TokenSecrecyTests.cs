using System.Text.Json.Nodes;
using NewsBot.Discord.Models;
using NewsBot.Discord.Rest;
using NewsBot.FakeDiscord;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>A run full of failures (drops, 5xx, 429, 401, 403, a failing handler) logs everything but the bot and interaction tokens.</summary>
[Collection(ProcessExitCodeGroup.Name)]
public sealed class TokenSecrecyTests
{
    [Fact]
    public async Task RunWithFailures_NeverLogsTokens()
    {
        var interactionTokens = new List<string>();
        var exceptions = new List<string>();
        try
        {
            await using (var h = await DiscordHarness.StartAsync((i, _, _) => throw new InvalidOperationException("handler failed for " + i.Id)))
            {
                await h.WaitForClientSequenceAsync(2);
                var rest = (DiscordRestClient)h.Host.Services.GetService(typeof(DiscordRestClient))!;
                h.Fake.Rest.Enqueue(FakeHttpFault.ServerError("POST", "/channels/400/messages", 503));
                h.Fake.Rest.Enqueue(FakeHttpFault.BucketRateLimit("POST", "/channels/400/messages", 0.05));
                await rest.CreateMessageAsync(new Snowflake(400), new MessageCreate { Content = "x" });
                h.Fake.Rest.Enqueue(FakeHttpFault.Error("GET", "/channels/400", 403, 50013, "Missing Permissions"));
                exceptions.Add((await Assert.ThrowsAsync<DiscordApiException>(() => rest.GetChannelAsync(new Snowflake(400)))).ToString());
                exceptions.Add((await Assert.ThrowsAsync<DiscordApiException>(() => rest.EditOriginalInteractionResponseAsync(new Snowflake(300), "itok-unknown-secret", new InteractionMessage("x")))).ToString());

                var interaction = await h.Fake.InjectInteractionAsync(2, JsonNode.Parse("""{"id":"700","name":"quote","type":1}""")!);
                interactionTokens.Add(interaction.Token);
                await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Wait);
                await h.Fake.Gateway.AbortAsync();
                await h.Fake.WaitForDispatchAsync("RESUMED", 1, DiscordHarness.Wait);
                h.Fake.Rest.Enqueue(FakeHttpFault.Error("GET", "/channels/400", 401, 0, "401: Unauthorized"));
                exceptions.Add((await Assert.ThrowsAsync<DiscordApiException>(() => rest.GetChannelAsync(new Snowflake(400)))).ToString());
                exceptions.Add((await Assert.ThrowsAsync<DiscordRequestRefusedException>(() => rest.GetChannelAsync(new Snowflake(400)))).ToString());
                var lifetime = (Microsoft.Extensions.Hosting.IHostApplicationLifetime)h.Host.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime))!;
                await h.Fake.Gateway.CloseAsync(4004);
                await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping).WaitAsync(DiscordHarness.Wait).ContinueWith(_ => { }, TaskScheduler.Default);
                await h.Host.StopAsync();

                var everything = h.Logs.All + string.Join('\n', exceptions);
                Assert.Contains("handler failed", everything, StringComparison.Ordinal);
                Assert.Contains("4004", everything, StringComparison.Ordinal);
                Assert.DoesNotContain(h.Fake.Options.Token, everything, StringComparison.Ordinal);
                Assert.DoesNotContain("itok-unknown-secret", everything, StringComparison.Ordinal);
                Assert.All(interactionTokens, t => Assert.DoesNotContain(t, everything, StringComparison.Ordinal));
            }
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }
}
