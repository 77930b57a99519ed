using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Commands;
using NewsBot.Replies;

namespace NewsBot.Tests.DiscordMode;

/// <summary>Autocomplete cannot be deferred: a handler slower than the budget yields no suggestions, not a missed deadline.</summary>
public sealed class SlowAutocompleteTests
{
    private sealed class SlowCommand : ISlashCommand
    {
        public CommandDefinition Definition { get; } = new("slow", "Suggests slowly", [new("name", "Anything", Required: true, Autocomplete: true)]);

        public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken) => Task.FromResult(new Reply([], "ok"));

        public async Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return [new CommandChoice("late", "late")];
        }
    }

    [Fact]
    public async Task Autocomplete_HandlerTooSlow_AnswersWithNoChoicesInTime()
    {
        await using var bot = await BotHarness.StartAsync(services => services.AddSingleton<ISlashCommand, SlowCommand>());

        var interaction = await bot.InjectAsync(4, JsonNode.Parse("""{"id":"9","name":"slow","type":1,"options":[{"name":"name","type":3,"value":"a","focused":true}]}""")!);
        var (type, data) = await bot.AnswerAsync(interaction);

        Assert.Equal(8, type);
        Assert.Empty(data["choices"]!.AsArray());
        Assert.Contains(bot.Logs.Lines, l => l.Contains("took too long", StringComparison.Ordinal));
    }
}
