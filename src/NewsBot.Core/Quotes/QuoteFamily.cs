namespace NewsBot.Core.Quotes;

/// <summary>Which kind of mark opened a quote, so only a mark of the same family closes it.</summary>
internal enum QuoteFamily
{
    None,
    Curly,
    Low9,
    Guillemet,
    SingleGuillemet,
    Straight,
    Single,
}
