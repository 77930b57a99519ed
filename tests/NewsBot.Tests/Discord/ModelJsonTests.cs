using System.Text.Json;
using NewsBot.Discord;
using NewsBot.Discord.Models;

namespace NewsBot.Tests.Discord;

public sealed class ModelJsonTests
{
    [Fact]
    public void Snowflake_TravelsAsString_AndReadsNumbersLeniently()
    {
        var json = JsonSerializer.Serialize(new Channel(new Snowflake(18014398509481983UL), 0), DiscordJsonContext.Default.Channel);
        var fromNumber = JsonSerializer.Deserialize("""{"id":42,"type":0}""", DiscordJsonContext.Default.Channel)!;

        Assert.Contains("\"id\":\"18014398509481983\"", json, StringComparison.Ordinal);
        Assert.Equal(new Snowflake(42), fromNumber.Id);
    }

    [Fact]
    public void Snowflake_NotANumber_ThrowsClearly()
    {
        var error = Assert.Throws<FormatException>(() => Snowflake.Parse("abc"));

        Assert.Contains("'abc'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageCreate_AlwaysCarriesAllowedMentions_AndOmitsNulls()
    {
        var json = JsonSerializer.Serialize(new MessageCreate { Content = "hi" }, DiscordJsonContext.Default.MessageCreate);

        Assert.Equal("""{"content":"hi","allowed_mentions":{"parse":[]}}""", json);
    }

    [Fact]
    public void EmbedLimits_CountCharactersOverAllEmbeds()
    {
        Embed[] embeds = [new() { Title = "ab", Fields = [new EmbedField("c", "de")] }, new() { Description = "fgh", Footer = new EmbedFooter("i") }];

        Assert.Equal(9, EmbedLimits.CountCharacters(embeds));
    }

    [Fact]
    public void Interaction_FocusedOption_IsFoundInsideSubcommands()
    {
        var interaction = JsonSerializer.Deserialize("""
            {"id":"1","application_id":"2","type":4,"token":"t","data":{"name":"quote","options":[{"name":"search","type":1,"options":[{"name":"speaker","type":3,"value":"al","focused":true}]}]}}
            """, DiscordJsonContext.Default.Interaction)!;

        Assert.Equal("speaker", interaction.Data!.FocusedOption!.Name);
        Assert.Equal("al", interaction.Data.FocusedOption.ValueAsString());
    }

    [Fact]
    public void Snowflake_InvalidOnTheWire_IsAJsonError()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"id":"abc","type":0}""", DiscordJsonContext.Default.Channel));
    }
}
