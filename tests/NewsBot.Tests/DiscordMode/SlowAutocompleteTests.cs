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

        /// <summary>Holds the only handler slot for a while (the responder defers it at 2 s, as for any slow command).</summary>
        public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.8), cancellationToken);
            return new Reply([], "ok");
        }

        public async Task<IReadOnlyList<CommandChoice>> AutocompleteAsync(string optionName, string typed, CommandRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return [new CommandChoice("late", "late")];
        }
    }

    [Fact]
    public async Task Autocomplete_WaitedForAFreeHandler_BudgetCountsFromReceiptAndStillAnswersInTime()
    {
        // One handler at a time: the autocomplete waits about 1.8 s for the command, then may spend only what is left of
        // its 2 s. Counted from the handler's start instead, it would answer after about 4 s, past Discord's 3 s (the fake
        // then refuses the callback with 10062 Unknown interaction, as Discord does).
        await using var bot = await BotHarness.StartAsync(services => services.AddSingleton<ISlashCommand, SlowCommand>(), "--Discord:MaxConcurrentInteractions=1");

        var command = await bot.InjectAsync(2, JsonNode.Parse("""{"id":"9","name":"slow","type":1,"options":[{"name":"name","type":3,"value":"a"}]}""")!);
        var interaction = await bot.InjectAsync(4, JsonNode.Parse("""{"id":"9","name":"slow","type":1,"options":[{"name":"name","type":3,"value":"a","focused":true}]}""")!);
        var (type, data) = await bot.AnswerAsync(interaction);

        Assert.Equal(8, type);
        Assert.Empty(data["choices"]!.AsArray());
        await bot.AnswerAsync(command);
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
