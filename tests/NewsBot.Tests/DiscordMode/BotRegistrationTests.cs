using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;

namespace NewsBot.Tests.DiscordMode;

/// <summary>The bot host registers its commands once, at READY, exactly as the router declares them.</summary>
public sealed class BotRegistrationTests
{
    [Fact]
    public async Task Startup_WithGuildId_RegistersEveryCommandInOneGuildOverwrite()
    {
        await using var bot = await BotHarness.StartAsync(switches: "--Discord:GuildId=200");

        var put = Assert.Single(bot.CommandRequests());
        Assert.Equal("/applications/300/guilds/200/commands", put.Route);
        Assert.Equal(200, put.Status);
        await bot.AssertAllBodiesValidAsync();

        var commands = JsonNode.Parse(put.Body)!.AsArray().ToDictionary(c => (string)c!["name"]!, c => c!);
        var declared = bot.Host.Services.GetRequiredService<CommandRouter>().Definitions.Select(d => d.Name);
        Assert.Equal(declared.Order(StringComparer.Ordinal), commands.Keys.Order(StringComparer.Ordinal));
        Assert.All(commands.Values, c =>
        {
            Assert.Equal(1, (int)c["type"]!);
            Assert.Equal("[0]", c["contexts"]!.ToJsonString());
        });

        var summary = Options(commands["summary"]);
        Assert.Equal("""{"type":3,"name":"article","description":"Article id or title words","autocomplete":true,"max_length":100}""", summary["article"].ToJsonString());
        Assert.Equal("""[{"name":"short","value":"short"},{"name":"medium","value":"medium"},{"name":"long","value":"long"}]""", summary["length"]["choices"]!.ToJsonString());
        Assert.Null(summary["length"]["required"]);
        Assert.Equal(3, (int)summary["topic"]["type"]!);
        Assert.Null(summary["topic"]["required"]);
        Assert.Null(commands["summary"]["default_member_permissions"]);

        Assert.Equal("""{"type":3,"name":"query","description":"Words to find: \u0022exact phrase\u0022, -exclude, prefix*","required":true,"max_length":80}""", Options(commands["search"])["query"].ToJsonString());
        Assert.True((bool)Options(commands["article"])["id"]["autocomplete"]!);
        Assert.True((bool)Options(commands["article"])["id"]["required"]!);
        Assert.Null(commands["status"]["options"]);
        Assert.Null(commands["help"]["options"]);
        Assert.Equal(4, (int)Options(commands["articles"])["page"]["type"]!);
        Assert.Equal(1, (double)Options(commands["articles"])["page"]["min_value"]!);

        var digest = commands["digest"];
        Assert.Equal("32", (string)digest["default_member_permissions"]!);
        var subcommands = Options(digest);
        Assert.All(subcommands.Values, s => Assert.Equal(1, (int)s["type"]!));
        var subscribe = Options(subcommands["subscribe"]);
        Assert.Equal("""{"type":7,"name":"channel","description":"Channel to post in","required":true,"channel_types":[0,5]}""", subscribe["channel"].ToJsonString());
        // Discord requires the required options first.
        var order = subcommands["subscribe"]["options"]!.AsArray().Select(o => (bool?)o!["required"] ?? false).ToList();
        Assert.Equal(order.OrderByDescending(r => r), order);

        var quote = Options(commands["quote"]);
        Assert.Equal("""{"type":3,"name":"speaker","description":"Who: a name, surname or organisation","required":true,"autocomplete":true,"max_length":100}""", quote["speaker"].ToJsonString());
        Assert.Null(quote["topic"]["required"]);
        Assert.Equal(["page", "topic"], Options(commands["speakers"]).Keys.Order(StringComparer.Ordinal));

        // /feed list is open to everyone, so the command carries no permission: the router checks add/remove/resume.
        var feed = commands["feed"];
        Assert.Null(feed["default_member_permissions"]);
        var feedSubcommands = Options(feed);
        Assert.Equal(["add", "list", "remove", "resume"], feedSubcommands.Keys.Order(StringComparer.Ordinal));
        Assert.True((bool)Options(feedSubcommands["add"])["url"]["required"]!);
        Assert.Equal(7, (int)Options(feedSubcommands["add"])["channel"]["type"]!);
        Assert.True((bool)Options(feedSubcommands["remove"])["id"]["autocomplete"]!);
    }

    [Fact]
    public async Task Startup_WithoutGuildId_RegistersGlobally()
    {
        await using var bot = await BotHarness.StartAsync();

        var put = Assert.Single(bot.CommandRequests());
        Assert.Equal("/applications/300/commands", put.Route);
    }

    private static Dictionary<string, JsonNode> Options(JsonNode command) =>
        command["options"]!.AsArray().ToDictionary(o => (string)o!["name"]!, o => o!);
}
