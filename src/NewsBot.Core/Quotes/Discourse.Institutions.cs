namespace NewsBot.Core.Quotes;

/// <summary>
/// Institutions named by common nouns: "the ministry" is the "Ministry of Health" the article named, "the council" the
/// "city council" that spoke before; an institution the article never names ("the health ministry", "la préfecture")
/// becomes a speaker of its own under the words the article uses.
/// </summary>
internal sealed partial class Discourse
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "of", "de", "du", "des", "la", "le", "les", "l", "d", "s", "and", "et",
    };

    private const int MaxInstitutionLookBack = 200;

    private readonly List<(SpeakerEntity Entity, int At)> _institutions = [];

    /// <summary>The most recent organisation the description fits, named or not, else a new institution.</summary>
    public SpeakerEntity Institution(string name, int offset)
    {
        var words = SpeakerName.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !FunctionWords.Contains(w)).ToArray();
        (SpeakerEntity? Entity, int At) best = (null, -1);
        var from = LastMentionBefore(offset);
        for (var i = from; i >= 0 && from - i < MaxInstitutionLookBack; i--)
        {
            if (_mentions[i].Entity.Kind == SpeakerKind.Organization && Covers(_mentions[i].Entity, words))
            {
                best = (_mentions[i].Entity, _mentions[i].Start);
                break;
            }
        }

        for (var i = _institutions.Count - 1; i >= 0 && _institutions.Count - i < MaxInstitutionLookBack; i--)
        {
            if (_institutions[i].At > best.At && _institutions[i].At < offset && Covers(_institutions[i].Entity, words))
            {
                best = _institutions[i];
                break;
            }
        }

        var entity = best.Entity ?? PublicBodyNamedBefore(words, from) ?? new SpeakerEntity(name, SpeakerKind.Organization) { IsEstablishedOrganization = true };
        _institutions.Add((entity, offset));
        return entity;
    }

    /// <summary>
    /// "the agency said" after "the Transportation Security Administration": a bare generic noun for a public body refers to
    /// the last public body the article named, whatever its own head word.
    /// </summary>
    private SpeakerEntity? PublicBodyNamedBefore(string[] words, int from)
    {
        if (words.Length != 1 || !GenericBodies.Contains(words[0]))
        {
            return null;
        }

        for (var i = from; i >= 0 && from - i < MaxInstitutionLookBack; i--)
        {
            if (_mentions[i].Entity is { Kind: SpeakerKind.Organization, Words.Length: >= 2 } body && GenericBodies.Contains(body.Words[^1]))
            {
                return body;
            }
        }

        return null;
    }

    private static readonly HashSet<string> GenericBodies = new(StringComparer.Ordinal)
    {
        "agency", "administration", "authority", "commission", "department", "bureau", "regulator", "watchdog", "service",
    };

    /// <summary>Every content word of the description is in the entity's name: "ministry" fits "Ministry of Health".</summary>
    private static bool Covers(SpeakerEntity entity, string[] words)
    {
        var known = entity.Words;
        return words.Length > 0 && words.All(w => known.Contains(w, StringComparer.Ordinal));
    }
}
