namespace NewsBot.Tests.DiscordMode;

/// <summary>One bot host (with its fake Discord) shared by the tests of a class that only send interactions.</summary>
public sealed class BotFixture : IAsyncLifetime
{
    internal BotHarness Bot { get; private set; } = null!;

    public async Task InitializeAsync() => Bot = await BotHarness.StartAsync(switches: "--Discord:GuildId=200");

    public async Task DisposeAsync() => await Bot.DisposeAsync();
}
