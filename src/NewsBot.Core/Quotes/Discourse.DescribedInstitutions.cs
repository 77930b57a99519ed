namespace NewsBot.Core.Quotes;

/// <summary>
/// English institutions described in lower case where they do not speak ("a denial from the Greek finance ministry"): a
/// later "the ministry said" is that body, under the fullest words the article gave it, not a bare "ministry".
/// </summary>
internal sealed partial class Discourse
{
    private const int MaxModifiers = 3;

    /// <summary>Notes every "the [modifiers] institution-noun" of a sentence, one to three modifiers, as an institution.</summary>
    public void NoteDescribedInstitutions(IReadOnlyList<QuoteToken> t)
    {
        for (var d = 0; d + 2 < t.Count; d++)
        {
            if (t[d].Lower is not "the")
            {
                continue;
            }

            var j = d + 1;
            while (j < t.Count && j - d <= MaxModifiers + 1 && IsModifier(t[j]) && !IsInstitutionNoun(t[j].Lower))
            {
                j++;
            }

            if (j > d + 1 && j - d <= MaxModifiers + 1 && j < t.Count && t[j].IsWord && !t[j].IsCapitalized && IsInstitutionNoun(t[j].Lower)
                && (j + 1 >= t.Count || !t[j + 1].IsWord || !IsModifier(t[j + 1])))
            {
                var name = string.Join(' ', t.Skip(d + 1).Take(j - d).Select(x => x.Text));
                _institutions.Add((new SpeakerEntity(name, SpeakerKind.Organization) { IsEstablishedOrganization = true }, t[d].Start));
            }
        }
    }

    private static bool IsInstitutionNoun(string lower) => SyntaxLexicon.InstitutionNouns.Contains(lower) && !RoleLexicon.IsRole(lower);

    /// <summary>A lower-case content word or a nationality ("Greek finance", "state health"), never a verb or an adverb.</summary>
    private static bool IsModifier(QuoteToken token) =>
        token.IsWord && token.Text.All(char.IsLetter) && !SyntaxLexicon.IsSkippable(token) && !SyntaxLexicon.Determiners.Contains(token.Lower)
        && !SpeechVerbs.IsSpeechVerb("en", token.Lower) && !token.Lower.EndsWith("ed", StringComparison.Ordinal)
        && (!token.IsCapitalized || NationalityLexicon.KeyOf(token.Lower) is not null);
}
