using NewsBot.Discord.Models;

namespace NewsBot.Tests.Discord.Support;

/// <summary>Command definitions that use every feature the client models (subcommands, choices, autocomplete, admin-only).</summary>
public static class CommandSamples
{
    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new("quote", "Quotes by speaker")
        {
            Contexts = [0],
            Options =
            [
                new(ApplicationCommandOptionType.SubCommand, "search", "Find quotes")
                {
                    Options =
                    [
                        new(ApplicationCommandOptionType.String, "speaker", "Who said it") { Required = true, Autocomplete = true },
                        new(ApplicationCommandOptionType.Integer, "limit", "How many") { MinValue = 1, MaxValue = 10 },
                    ],
                },
            ],
        },
        new("digest", "Scheduled digests")
        {
            DefaultMemberPermissions = "32",
            Options =
            [
                new(ApplicationCommandOptionType.String, "period", "How often")
                {
                    Required = true,
                    Choices = [ApplicationCommandOptionChoice.FromString("Daily", "daily"), ApplicationCommandOptionChoice.FromString("Weekly", "weekly")],
                },
                new(ApplicationCommandOptionType.Channel, "channel", "Where to post") { ChannelTypes = [0, 5] },
            ],
        },
        new("Save quote", string.Empty) { Type = ApplicationCommandType.Message },
    ];
}
