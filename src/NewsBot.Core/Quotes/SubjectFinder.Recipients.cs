namespace NewsBot.Core.Quotes;

/// <summary>
/// The subject of an inverted French cue after the person or medium spoken to: "a indiqué à l'AFP une porte-parole de
/// l'entreprise", "a confié au Parisien la mère de la victime", "a déclaré à la presse le maire", "a souligné sur France
/// Inter la maire".
/// </summary>
internal sealed partial class SubjectFinder
{
    /// <summary>The subject after a recipient starting at <paramref name="k"/> ("à l'AFP", "au Parisien"), or null.</summary>
    public Subject? AfterRecipient(IReadOnlyList<QuoteToken> t, int k, int end)
    {
        // "a souligné sur France Inter la maire", "a déclaré dans Le Parisien le ministre", "commente pour France Inter le
        // professeur": the medium spoken on or for.
        if (k + 1 >= end || t[k].Lower is not ("à" or "au" or "aux" or "auprès" or "sur" or "dans" or "pour"))
        {
            return null;
        }

        var j = k + 1;
        if (t[k].Lower is "auprès" && t[j].Lower is "de" or "du" or "des" or "d'")
        {
            j++;
        }

        if (j < end && t[j].Lower is "la" or "l'" or "les" or "le")
        {
            j++;
        }

        if (j >= end || !t[j].IsWord)
        {
            return null;
        }

        if (discourse.EntityAt(t[j].Start) is { } medium)
        {
            while (j < end && t[j].IsWord && discourse.EntityAt(t[j].Start) == medium)
            {
                j++;
            }
        }
        else if (t[j].Lower is "presse" or "journalistes" or "médias" or "reporters")
        {
            j++; // "à la presse", "aux journalistes"; not "aux questions des journalistes", which is an object
        }
        else
        {
            return null;
        }

        while (j < end && SyntaxLexicon.IsSkippable(t[j]))
        {
            j++; // "à l'AFP jeudi la préfecture"
        }

        return j < end && t[j].IsWord ? At(t, j, end) : null;
    }
}
