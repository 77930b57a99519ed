namespace NewsBot.Core.Quotes;

/// <summary>
/// Whether a name stands in a prepositional complement ("à Nantes", "de sa cellule de Saint-Quentin Fallavier", "interrogé
/// par France Bleu Orléans"). Places and media are named this way; speakers are named as subjects. French articles name many
/// places that the rules would otherwise take for organisations, and so for the "elle"/"il" of an institution.
/// </summary>
internal static class ComplementMentions
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "à", "au", "aux", "de", "du", "des", "d'", "en", "dans", "vers", "près", "sur", "depuis", "par", "entre", "contre",
        "avec", "sous", "jusqu'à", "outre", "chez",
    };

    public static bool IsComplement(IReadOnlyList<QuoteToken> t, int first) =>
        first > 0 && t[first - 1].IsWord && Prepositions.Contains(t[first - 1].Lower);
}
