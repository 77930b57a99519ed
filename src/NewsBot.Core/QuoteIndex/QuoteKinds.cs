using NewsBot.Core.Quotes;

namespace NewsBot.Core.QuoteIndex;

/// <summary>The words a quote kind is stored and typed as: direct, partial, reported (invariant, lower case).</summary>
public static class QuoteKinds
{
    public static IReadOnlyList<string> Names { get; } = ["direct", "partial", "reported"];

    public static string ToStorage(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Reported => "reported",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown quote kind"),
    };

    public static bool TryParse(string? text, out QuoteKind kind)
    {
        (var ok, kind) = text?.Trim().ToLowerInvariant() switch
        {
            "direct" => (true, QuoteKind.Direct),
            "partial" => (true, QuoteKind.Partial),
            "reported" => (true, QuoteKind.Reported),
            _ => (false, QuoteKind.Direct),
        };
        return ok;
    }
}
