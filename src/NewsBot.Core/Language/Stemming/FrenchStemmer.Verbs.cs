namespace NewsBot.Core.Language.Stemming;

/// <summary>French steps 2a (-ir verb endings), 2b (other verb endings) and 4 (residual endings), all inside RV.</summary>
public sealed partial class FrenchStemmer
{
    private static readonly (string Suffix, char Group)[] IVerbSuffixes = Build(
        ("îmes ît îtes i ie ies ir ira irai iraIent irais irait iras irent irez iriez irions irons iront is issaIent "
            + "issais issait issant issante issantes issants isse issent isses issez issiez issions issons it", 'I'));

    private static readonly (string Suffix, char Group)[] VerbSuffixes = Build(
        ("ions", 'R'),
        ("é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons eront ez iez", 'D'),
        ("âmes ât âtes a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions", 'E'));

    private static readonly (string Suffix, char Group)[] ResidualSuffixes = Build(
        ("ion", 'S'), ("ier ière Ier Ière", 'I'), ("e", 'D'), ("ë", 'G'));

    private static bool IVerbSuffix(Word w)
    {
        if (Longest(w.Text, IVerbSuffixes, w.Rv) is not var (suffix, _))
        {
            return false;
        }

        // The non-vowel before the ending must itself be inside RV.
        var before = w.At(suffix.Length) - 1;
        if (before < w.Rv || IsVowel(w.Text[before]))
        {
            return false;
        }

        w.Replace(suffix.Length, string.Empty);
        return true;
    }

    private static bool VerbSuffix(Word w)
    {
        if (Longest(w.Text, VerbSuffixes, w.Rv) is not var (suffix, group))
        {
            return false;
        }

        if (group == 'R' && w.At(suffix.Length) < w.R2)
        {
            return false;
        }

        w.Replace(suffix.Length, string.Empty);
        if (group == 'E' && w.EndsWith("e") && w.At(1) >= w.Rv)
        {
            w.Replace(1, string.Empty);
        }

        return true;
    }

    private static void ResidualSuffix(Word w)
    {
        if (w.EndsWith("s") && w.Text.Length > 1 && w.Text[^2] is not ('a' or 'i' or 'o' or 'u' or 'è' or 's'))
        {
            w.Replace(1, string.Empty);
        }

        if (Longest(w.Text, ResidualSuffixes, w.Rv) is not var (suffix, group))
        {
            return;
        }

        var before = w.At(suffix.Length) - 1;
        switch (group)
        {
            case 'S' when w.At(suffix.Length) >= w.R2 && before >= w.Rv && w.Text[before] is 's' or 't':
                w.Replace(suffix.Length, string.Empty);
                break;
            case 'I':
                w.Replace(suffix.Length, "i");
                break;
            case 'D':
                w.Replace(suffix.Length, string.Empty);
                break;
            case 'G' when w.Text.EndsWith("guë", StringComparison.Ordinal):
                w.Replace(suffix.Length, string.Empty);
                break;
        }
    }
}
