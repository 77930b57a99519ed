namespace NewsBot.Core.Quotes;

/// <summary>
/// Reported directives: "He urged the government to find a buyer", "advised people to avoid ...", "La préfecture a demandé
/// aux habitants de limiter ...". The reported content is the object and its infinitive.
/// </summary>
internal sealed partial class ReportedSpeechFinder
{
    private const int MaxDirectiveObject = 6;

    private static readonly string[] EnglishDirectives = ["urg", "advis", "ask", "warn", "told", "tell", "recommend", "call"];

    private static readonly string[] FrenchDirectives = ["demand", "recommand", "appel", "exhort", "conseill", "invit", "pri"];

    /// <summary>The token after the verb when an object and an infinitive ("to ...", "de ...") follow it, else -1.</summary>
    private int DirectiveClause(IReadOnlyList<QuoteToken> t, int v, int end)
    {
        var stems = language == "fr" ? FrenchDirectives : EnglishDirectives;
        var verb = t[v].Lower;
        if (!stems.Any(stem => verb.StartsWith(stem, StringComparison.Ordinal)))
        {
            return -1;
        }

        // English "called on X to", French "a demandé à X de": the infinitive marker must come after an object.
        for (var c = v + 2; c < end && c - v <= MaxDirectiveObject; c++)
        {
            if (!t[c].IsWord)
            {
                return -1;
            }

            var marker = language == "fr" ? t[c].Lower is "de" or "d'" : t[c].Lower == "to";
            if (marker && t[c + 1].IsWord && !t[c + 1].IsCapitalized && !SyntaxLexicon.Determiners.Contains(t[c + 1].Lower))
            {
                return language == "fr" && t[v + 1].Lower is not ("à" or "au" or "aux") ? -1 : v + 1;
            }
        }

        return -1;
    }
}
