using NewsBot.Commands;
using NewsBot.Discord.Models;
using NewsBot.Replies;

namespace NewsBot.DiscordMode;

/// <summary>
/// Draws a neutral <see cref="Reply"/> as Discord messages: one embed per card (title linking to the card's URL, inline
/// fields, footer, timestamp, a colour per tone), buttons as action rows whose custom ids are <see cref="CommandState"/>, the
/// reply's text as content. Everything is cut to Discord's limits at sentence or word boundaries, never rejected; and every
/// body sends <c>allowed_mentions: {parse: []}</c>, so article text such as "@everyone" pings nobody.
/// </summary>
public static class DiscordReplyRenderer
{
    /// <summary>Discord's blurple for answers, red for errors, yellow for usage help.</summary>
    public const int NormalColor = 0x5865F2;
    public const int ErrorColor = 0xED4245;
    public const int UsageColor = 0xFEE75C;

    private const int ButtonsPerRow = 5;
    private const int MaxRows = 5;
    private const int ButtonLabel = 80;

    /// <summary>The answer to an interaction: one message, so cards beyond Discord's limits are left out and counted in the content.</summary>
    public static InteractionMessage ToInteractionMessage(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var groups = Group(reply);
        var embeds = groups[0];
        var left = groups.Skip(1).Sum(g => g.Count);
        var content = Content(reply.Text, left == 0 ? null : $"({left} more not shown: narrow the request to see them.)", embeds.Count == 0);
        var message = new InteractionMessage(content) { Embeds = embeds.Count == 0 ? null : embeds, Components = Components(reply.Buttons) };
        return IsEphemeral(reply) ? message.AsEphemeral() : message;
    }

    /// <summary>
    /// A post to a channel (digests): as many messages as the cards need, split between cards and never inside one. The text
    /// goes with the first message, the buttons with the last.
    /// </summary>
    public static IReadOnlyList<MessageCreate> ToChannelMessages(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var groups = Group(reply);
        var messages = new List<MessageCreate>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            messages.Add(new MessageCreate
            {
                Content = i == 0 ? Content(reply.Text, null, groups[i].Count == 0) : null,
                Embeds = groups[i].Count == 0 ? null : groups[i],
                Components = i == groups.Count - 1 ? Components(reply.Buttons) : null,
            });
        }

        return messages;
    }

    public static bool IsEphemeral(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Ephemeral || reply.Tone != ReplyTone.Normal;
    }

    public static int ColorOf(ReplyTone tone) => tone switch
    {
        ReplyTone.Error => ErrorColor,
        ReplyTone.Usage => UsageColor,
        _ => NormalColor,
    };

    /// <summary>The cards as embeds, packed in order into groups that each fit one message (≤ 10 embeds, ≤ 6,000 characters).</summary>
    private static List<List<Embed>> Group(Reply reply)
    {
        var groups = new List<List<Embed>> { new() };
        var used = 0;
        foreach (var card in reply.Cards)
        {
            var embed = EmbedFit.ToEmbed(card, ColorOf(reply.Tone));
            var size = EmbedLimits.CountCharacters([embed]);
            var current = groups[^1];
            if (current.Count > 0 && (current.Count == EmbedLimits.EmbedsPerMessage || used + size > EmbedLimits.TotalCharacters))
            {
                groups.Add(current = []);
                used = 0;
            }

            current.Add(embed);
            used += size;
        }

        return groups;
    }

    private static string? Content(string? text, string? note, bool required)
    {
        var parts = new[] { text, note }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (parts.Count == 0)
        {
            // Discord refuses an empty message (50006): say so rather than fail.
            return required ? "Nothing to show." : null;
        }

        return note is null || text is null
            ? TextFit.Fit(parts[0]!, EmbedLimits.Content)
            : TextFit.Fit(text, EmbedLimits.Content - note.Length - 1) + "\n" + note;
    }

    /// <summary>Buttons in rows of five; a button whose request does not fit a custom id (or repeats one) is left out.</summary>
    private static List<MessageComponent>? Components(IReadOnlyList<ReplyButton> buttons)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<MessageComponent>();
        foreach (var button in buttons)
        {
            if (CommandState.TryEncode(button.Target) is { } id && seen.Add(id))
            {
                components.Add(MessageComponent.Button(id, TextFit.Fit(button.Label, ButtonLabel), ButtonStyle.Secondary, button.Disabled));
            }
        }

        var rows = components.Chunk(ButtonsPerRow).Take(MaxRows).Select(row => MessageComponent.ActionRow(row)).ToList();
        return rows.Count == 0 ? null : rows;
    }
}
