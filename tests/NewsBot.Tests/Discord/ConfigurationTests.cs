using Microsoft.Extensions.Options;
using NewsBot.Discord;
using NewsBot.Tests.Discord.Support;

namespace NewsBot.Tests.Discord;

/// <summary>Bad configuration stops the host at start with a message naming the key; the token never leaks.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Discord:Token", "", "Discord:Token is missing")]
    [InlineData("Discord:Token", "Bot abc.def", "without a 'Bot ' prefix")]
    [InlineData("Discord:GuildId", "my-server", "Discord:GuildId 'my-server' is not a Discord id")]
    [InlineData("Discord:ShardCount", "0", "Discord:ShardCount must be between 1 and 65536")]
    [InlineData("Discord:ShardIds:0", "5", "Discord:ShardIds 5 are outside 0..0")]
    [InlineData("Discord:AutoDeferAfter", "00:00:04", "between 0 and 3 seconds")]
    [InlineData("Discord:ApiBaseUrl", "ftp://discord.com/api", "Discord:ApiBaseUrl must be an absolute http(s) URL")]
    public async Task BadSetting_HostFailsToStart_WithClearMessage(string key, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => DiscordHarness.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_ReportsEveryProblemAtOnce_WithoutTheToken()
    {
        var options = new DiscordOptions { Token = "Bot secret-token-value", ShardCount = 2, GuildId = "x" };
        options.ShardIds.Add(7);

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.DoesNotContain("secret-token-value", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreValid()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = "abc.def.ghi" });

        Assert.True(result.Succeeded);
    }
}
