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

    private readonly List<SpeakerEntity> _institutions = [];

    public SpeakerEntity Institution(string name, int offset)
    {
        var words = SpeakerName.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !FunctionWords.Contains(w)).ToArray();
        var from = LastMentionBefore(offset);
        for (var i = from; i >= 0 && from - i < MaxInstitutionLookBack; i--)
        {
            var entity = _mentions[i].Entity;
            if (entity.Kind == SpeakerKind.Organization && Covers(entity, words))
            {
                return entity;
            }
        }

        for (var i = _institutions.Count - 1; i >= 0 && _institutions.Count - i < MaxInstitutionLookBack; i--)
        {
            if (Covers(_institutions[i], words))
            {
                return _institutions[i];
            }
        }

        var institution = new SpeakerEntity(name, SpeakerKind.Organization) { IsEstablishedOrganization = true };
        _institutions.Add(institution);
        return institution;
    }

    /// <summary>Every content word of the description is in the entity's name: "ministry" fits "Ministry of Health".</summary>
    private static bool Covers(SpeakerEntity entity, string[] words)
    {
        var known = entity.Words;
        return words.Length > 0 && words.All(w => known.Contains(w, StringComparer.Ordinal));
    }
}
