using NewsBot.Replies;

namespace NewsBot.ConsoleMode;

/// <summary>Draws a reply as plain text for a terminal or a pipe: cards, fields, footers, and buttons as lines to type.</summary>
public static class ConsoleReplyRenderer
{
    public static void Render(Reply reply, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(output);
        if (reply.Text is { } text)
        {
            output.WriteLine(reply.Tone == ReplyTone.Error ? "Error: " + text : text);
        }

        foreach (var card in reply.Cards)
        {
            if (card.Title is { } title)
            {
                output.WriteLine("== " + title + " ==");
            }

            if (card.Url is { } url)
            {
                output.WriteLine(url);
            }

            if (!string.IsNullOrWhiteSpace(card.Description))
            {
                output.WriteLine(Plain(card.Description));
            }

            foreach (var field in card.Fields)
            {
                output.WriteLine(field.Value.Contains('\n', StringComparison.Ordinal)
                    ? $"{field.Name}:\n  {Plain(field.Value).Replace("\n", "\n  ", StringComparison.Ordinal)}"
                    : $"{field.Name}: {Plain(field.Value)}");
            }

            if (card.Footer is { } footer)
            {
                output.WriteLine("-- " + footer);
            }
        }

        foreach (var button in reply.Buttons.Where(b => !b.Disabled))
        {
            output.WriteLine($"[{button.Label}] {ConsoleCommandParser.Format(button.Target)}");
        }

        output.WriteLine();
    }

    /// <summary>Backticks mark ids for Discord; in a terminal they are noise. Bold marks stay: they show what matched.</summary>
    private static string Plain(string text) => text.Replace("`", string.Empty, StringComparison.Ordinal);
}
