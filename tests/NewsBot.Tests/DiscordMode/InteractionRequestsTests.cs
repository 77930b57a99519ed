using System.Text.Json;
using NewsBot.Discord;
using NewsBot.Discord.Models;
using NewsBot.DiscordMode;

namespace NewsBot.Tests.DiscordMode;

public sealed class InteractionRequestsTests
{
    private static Interaction Command(string options, string? permissions)
    {
        var who = permissions is null
            ? "\"user\":{\"id\":\"600\",\"username\":\"bob\"}"
            : "\"member\":{\"user\":{\"id\":\"600\",\"username\":\"bob\"},\"permissions\":\"" + permissions + "\"}";
        var json = "{\"id\":\"1\",\"application_id\":\"2\",\"type\":2,\"token\":\"t\",\"guild_id\":\"200\",\"channel_id\":\"400\"," + who
            + ",\"data\":{\"id\":\"9\",\"name\":\"digest\",\"type\":1,\"options\":" + options + "}}";
        return JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;
    }

    [Theory]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("3072", false)]
    [InlineData(null, false)]
    public void CallerOf_ManageGuildOrAdministrator_CanManageServer(string? permissions, bool expected)
    {
        var request = InteractionRequests.FromCommand(Command("[]", permissions))!;

        Assert.Equal(expected, request.Caller.CanManageServer);
        Assert.Equal("600", request.Caller.UserId);
        Assert.Equal("200", request.Caller.GuildId);
        Assert.Equal("400", request.Caller.ChannelId);
    }

    [Fact]
    public void FromCommand_Subcommand_IsTakenAndItsOptionsFlattened()
    {
        var request = InteractionRequests.FromCommand(Command("""[{"name":"subscribe","type":1,"options":[{"name":"channel","type":7,"value":"400"},{"name":"max","type":4,"value":3}]}]""", "32"))!;

        Assert.Equal("subscribe", request.Subcommand);
        Assert.Equal("400", request.Get("channel"));
        Assert.Equal(3, request.GetInt("max"));
    }

    [Fact]
    public void FromCommand_SubcommandGroup_IsNamedSoTheRouterRejectsIt()
    {
        var request = InteractionRequests.FromCommand(Command("""[{"name":"admin","type":2,"options":[{"name":"reset","type":1,"options":[]}]}]""", "32"))!;

        Assert.Equal("admin reset", request.Subcommand);
    }
}
