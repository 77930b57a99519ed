namespace NewsBot.Core.Quotes;

/// <summary>Subjects naming someone the article never names: "une source proche de l'enquête", "les pompiers".</summary>
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// The unnamed speaker of a determiner <paramref name="k"/> and head noun ending at <paramref name="last"/> (complement
    /// up to <paramref name="tail"/>), or null when the phrase refers to someone already introduced.
    /// </summary>
    private static Subject? Unnamed(IReadOnlyList<QuoteToken> t, int k, string head, int last, int tail, int end, bool ofOrganization)
    {
        if (!UnnamedSpeakers.Introduces(t[k].Lower, head, ofOrganization) || IsFamilyNoun(head))
        {
            return null;
        }

        var descriptionEnd = Math.Max(tail, ComplementEnd(t, last, end)); // "cadre [de la majorité]", "mère [de famille]"
        return new Subject(k, descriptionEnd) { Head = head, Descriptor = (k + 1, descriptionEnd), IsUnnamed = true };
    }
}
