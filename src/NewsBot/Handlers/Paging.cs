using System.Globalization;
using NewsBot.Commands;
using NewsBot.Replies;

namespace NewsBot.Handlers;

/// <summary>Previous/next buttons for list replies: each re-runs the same command with another <c>page</c>.</summary>
internal static class Paging
{
    public const string Option = "page";

    public static CommandOption Declaration { get; } = new(Option, "Page of results, from 1", CommandOptionType.Integer, MinValue: 1, MaxValue: 1000);

    public static int PageOf(CommandRequest request) => request.GetInt(Option) ?? 1;

    public static IReadOnlyList<ReplyButton> Buttons(CommandRequest request, int page, bool hasMore)
    {
        if (page <= 1 && !hasMore)
        {
            return [];
        }

        return
        [
            new ReplyButton("◀ Previous", request.With(Option, (page - 1).ToString(CultureInfo.InvariantCulture)), Disabled: page <= 1),
            new ReplyButton("Next ▶", request.With(Option, (page + 1).ToString(CultureInfo.InvariantCulture)), Disabled: !hasMore),
        ];
    }
}
