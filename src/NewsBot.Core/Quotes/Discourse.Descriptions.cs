namespace NewsBot.Core.Quotes;

/// <summary>
/// Speakers the article describes instead of naming: a role nobody holds ("the prime minister said" with no prime minister
/// named: the speaker is "prime minister", never the last person named), a nationality epithet for someone named earlier
/// ("the German" is Zverev), and families ("his family", "Walsh's family" → "Rachel Walsh's family").
/// </summary>
internal sealed partial class Discourse
{
    private const int EpithetWindow = 6;

    private readonly Dictionary<string, SpeakerEntity> _described = new(StringComparer.Ordinal);
    private readonly List<(string Key, SpeakerEntity Entity, int At)> _nationalities = [];
    private readonly List<(SpeakerEntity Family, SpeakerEntity? Of, int At)> _families = [];

    /// <summary>The speaker named by its description ("prime minister", "climber's family"), one entity per description.</summary>
    public SpeakerEntity Described(string description, SpeakerKind kind)
    {
        var key = SpeakerName.Normalize(description);
        if (!_described.TryGetValue(key, out var entity))
        {
            entity = new SpeakerEntity(description, kind);
            _described[key] = entity;
        }

        return entity;
    }

    /// <summary>
    /// "the German": the person introduced with that nationality, else the holder of the role it qualifies ("the Irish
    /// president"), else a person named in the last sentences other than the one just quoted (the epithet avoids repeating
    /// a name, and the person just quoted would be "he" or "she").
    /// </summary>
    public SpeakerEntity? ResolveNationality(string key, string head, int offset, int sentence, SpeakerEntity? lastSpeaker)
    {
        var introduced = _nationalities.LastOrDefault(n => n.At < offset && n.Key == key).Entity;
        if (introduced is not null)
        {
            return introduced;
        }

        if (!NationalityLexicon.IsNationality(head))
        {
            return null; // "the Irish president": the role decides
        }

        var gender = NationalityLexicon.GenderOf(head);
        return Recent(offset, sentence, EpithetWindow, e => e.Kind == SpeakerKind.Person && e != lastSpeaker && e.IsCompatible(gender))
            ?? Recent(offset, sentence, EpithetWindow, e => e.Kind == SpeakerKind.Person && e.IsCompatible(gender));
    }

    /// <summary>
    /// A family speaking: of a named person ("Walsh's family"), of the person a possessive pronoun points to ("his
    /// family": the family that spoke last when its person fits, else the person's), or as described ("the climber's family").
    /// </summary>
    public SpeakerEntity? Family(SpeakerEntity? owner, PronounInfo? pronoun, string? description, int offset, int sentence,
        SpeakerEntity? lastSpeaker, int lastSpeakerSentence)
    {
        if (owner is null && pronoun is not null)
        {
            var recent = _families.LastOrDefault(f => f.At < offset && (f.Of is null || f.Of.IsCompatible(pronoun.Gender)));
            if (recent.Family is not null && sentence - SentenceOf(recent.At) <= PronounWindow)
            {
                return Remember(recent.Family, recent.Of, offset);
            }

            owner = ResolvePronoun(pronoun, offset, sentence, lastSpeaker, lastSpeakerSentence, french: false);
        }

        if (owner is { Kind: SpeakerKind.Person })
        {
            return Remember(Described(owner.Name + "'s family", SpeakerKind.Group), owner, offset);
        }

        if (description is not null && description.Contains('\'', StringComparison.Ordinal) || description?.Contains('\u2019', StringComparison.Ordinal) == true)
        {
            return Remember(Described(description, SpeakerKind.Group), null, offset); // "the climber's family"
        }

        // "the family said": the family that spoke last.
        var last = _families.LastOrDefault(f => f.At < offset);
        return last.Family is not null && sentence - SentenceOf(last.At) <= 2 * PronounWindow ? last.Family : null;
    }

    private SpeakerEntity Remember(SpeakerEntity family, SpeakerEntity? of, int offset)
    {
        _families.Add((family, of, offset));
        return family;
    }

    private int SentenceOf(int offset)
    {
        var i = LastMentionBefore(offset);
        return i >= 0 ? _mentions[i].Sentence : 0;
    }

    /// <summary>
    /// "The Frenchman agreed.": a nationality noun for a person introduced with that nationality is a mention of that
    /// person, so a following "he said" goes to them.
    /// </summary>
    private void AddEpithets(IReadOnlyList<QuoteToken> t, int sentence, int firstMention)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var noun = t[i + 1];
            if (t[i].Lower != "the" || NationalityLexicon.KeyOf(noun.Lower) is not { } key
                || i + 2 < t.Count && t[i + 2].IsWord && !SyntaxLexicon.Auxiliaries.Contains(t[i + 2].Lower) && !SpeechVerbs.IsSpeechVerb("en", t[i + 2].Lower)
                    && NationalityLexicon.GenderOf(noun.Lower) == PersonGender.Unknown && noun.Lower == key)
            {
                continue;
            }

            var person = _nationalities.LastOrDefault(n => n.At < noun.Start && n.Key == key).Entity;
            if (person is not null)
            {
                var at = firstMention;
                while (at < _mentions.Count && _mentions[at].Start < noun.Start)
                {
                    at++;
                }

                _mentions.Insert(at, new EntityMention(noun.Start, noun.End, sentence, person));
            }
        }
    }

    private void AddNationality(string? key, SpeakerEntity entity, int at)
    {
        if (key is not null && entity.Kind == SpeakerKind.Person)
        {
            _nationalities.Add((key, entity, at));
        }
    }
}
