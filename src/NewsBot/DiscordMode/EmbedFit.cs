using NewsBot.Discord.Models;
using NewsBot.Replies;

namespace NewsBot.DiscordMode;

/// <summary>
/// One card as one embed within every per-embed limit and within the 6,000 characters a whole message may hold, so a card
/// always fits a message on its own. When the sum is too large, the footer is shortened first, then the description is cut
/// (down to 1,000 characters), then trailing fields go: the title and the start of the text are what a reader needs most.
/// Title 256 + footer 200 + description 4,096 is under 6,000, so these steps always end within the limit.
/// </summary>
internal static class EmbedFit
{
    private const int ShortFooter = 200;
    private const int ShortDescription = 1000;

    public static Embed ToEmbed(ReplyCard card, int color)
    {
        var fields = card.Fields
            .Where(f => !string.IsNullOrWhiteSpace(f.Name) && !string.IsNullOrWhiteSpace(f.Value))
            .Take(EmbedLimits.Fields)
            .Select(f => new EmbedField(TextFit.Fit(f.Name, EmbedLimits.FieldName), TextFit.Fit(f.Value, EmbedLimits.FieldValue)) { Inline = f.Inline ? true : null })
            .ToList();
        var embed = new Embed
        {
            Title = Fit(card.Title, EmbedLimits.Title),
            Description = Fit(card.Description, EmbedLimits.Description),
            Url = card.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : null,
            Timestamp = card.Timestamp,
            Color = color,
            Footer = Fit(card.Footer, EmbedLimits.FooterText) is { } footer ? new EmbedFooter(footer) : null,
            Fields = fields,
        };

        if (Excess(embed) > 0 && embed.Footer is { } tooLong)
        {
            embed = embed with { Footer = new EmbedFooter(TextFit.Fit(tooLong.Text, ShortFooter)) };
        }

        if (Excess(embed) > 0 && embed.Description is { Length: > ShortDescription } longText)
        {
            embed = embed with { Description = TextFit.Fit(longText, Math.Max(ShortDescription, longText.Length - Excess(embed))) };
        }

        while (Excess(embed) > 0 && fields.Count > 0)
        {
            fields.RemoveAt(fields.Count - 1);
            embed = embed with { Fields = fields };
        }

        return fields.Count == 0 ? embed with { Fields = null } : embed;
    }

    private static int Excess(Embed embed) => EmbedLimits.CountCharacters([embed]) - EmbedLimits.TotalCharacters;

    private static string? Fit(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : TextFit.Fit(text, max);
}
