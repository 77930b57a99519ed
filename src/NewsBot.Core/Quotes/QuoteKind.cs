namespace NewsBot.Core.Quotes;

/// <summary>How a quotation appears in the article.</summary>
public enum QuoteKind
{
    /// <summary>A full quotation between quote marks ("...", « ... », „...“), possibly over several paragraphs.</summary>
    Direct,

    /// <summary>A quoted fragment inside a reported sentence: Binance a qualifié de « catégoriquement fausses » ...</summary>
    Partial,

    /// <summary>Indirect speech without quote marks: "X said that ...", "selon X, ...".</summary>
    Reported,
}
