namespace NewsBot.Core.Quotes;

/// <summary>
/// Who a subject pronoun refers to. English he/she weigh gender first: a person known to be of the pronoun's gender (first
/// name, honorific, gendered role, an earlier pronoun) beats one of unknown gender, so "she said" does not go to the man
/// just named; when nobody near fits, the last speaker of that gender does.
/// </summary>
internal sealed partial class Discourse
{
    private const int GenderedSpeakerWindow = 12;

    private readonly Dictionary<PersonGender, (SpeakerEntity Entity, int Sentence)> _lastSpeakerOf = [];

    /// <summary>Remembers who spoke, by gender, for a later pronoun that matches nobody nearby.</summary>
    public void Spoke(SpeakerEntity speaker, int sentence)
    {
        if (speaker.Kind == SpeakerKind.Person && speaker.Gender != PersonGender.Unknown)
        {
            _lastSpeakerOf[speaker.Gender] = (speaker, sentence);
        }
    }

    /// <param name="notThis">Who the pronoun cannot mean, though near: the subject of the quoted clause the cue attributes
    /// ("Hidalgo « a changé les blousons », a-t-elle affirmé" is not Hidalgo speaking, who would have said "j'ai changé").</param>
    /// <param name="continues">The cue goes on with what was said ("she added", "a-t-il ajouté"): who last spoke is meant,
    /// not a person the story mentioned in between.</param>
    public SpeakerEntity? ResolvePronoun(PronounInfo pronoun, int offset, int sentence, SpeakerEntity? lastSpeaker, int lastSpeakerSentence, bool french,
        SpeakerEntity? notThis = null, bool continues = false)
    {
        var recentSpeaker = lastSpeaker is not null && lastSpeaker != notThis && sentence - lastSpeakerSentence <= PronounWindow ? lastSpeaker : null;

        // "« … », a-t-il ajouté" after "le comité de crise a estimé que « … »": in French "il" and "elle" also stand for a
        // body, and a cue that goes on continues who just spoke, a person or not.
        if (continues && french && recentSpeaker is not null && sentence - lastSpeakerSentence <= 1
            && (recentSpeaker.Kind == SpeakerKind.Organization || recentSpeaker.IsCompatible(pronoun.Gender)))
        {
            return recentSpeaker.Kind == SpeakerKind.Person ? Learn(recentSpeaker, pronoun.Gender) : recentSpeaker;
        }

        // "she added" goes on with who just spoke, if a woman may be meant, else with the last woman who spoke, whoever the
        // story mentioned since ("Charity work: The Duchess …").
        if (continues && !french && !pronoun.Organization)
        {
            if (recentSpeaker is { Kind: SpeakerKind.Person } && recentSpeaker.IsCompatible(pronoun.Gender))
            {
                return Learn(recentSpeaker, pronoun.Gender);
            }

            if (_lastSpeakerOf.TryGetValue(pronoun.Gender, out var going) && sentence - going.Sentence <= PronounWindow && going.Entity != notThis)
            {
                return going.Entity;
            }
        }

        // "Quantix said it would appeal the decision, which it called ...": a subject named earlier in the same sentence wins.
        var sameSentence = Recent(offset, sentence, 0, e => e != notThis
            && (pronoun.Organization ? e.Kind == SpeakerKind.Organization : e.Kind == SpeakerKind.Person && e.IsCompatible(pronoun.Gender)));
        if (sameSentence is not null && (pronoun.Organization || !french || sameSentence.Kind == SpeakerKind.Person))
        {
            return Learn(sameSentence, pronoun.Gender);
        }

        if (!pronoun.Organization && !french && pronoun.Gender != PersonGender.Unknown)
        {
            return ResolveGendered(pronoun.Gender, offset, sentence, recentSpeaker, lastSpeakerSentence, notThis);
        }

        if (!pronoun.Organization)
        {
            if (recentSpeaker is { Kind: SpeakerKind.Person } && recentSpeaker.IsCompatible(pronoun.Gender))
            {
                return Learn(recentSpeaker, pronoun.Gender);
            }

            // French: a "person" only ever named in a complement and with nothing else saying it is one ("de sa cellule de
            // Saint-Quentin Fallavier") is a place, not who "elle" is.
            var person = Recent(offset, sentence, PronounWindow, e => e != notThis && e.Kind == SpeakerKind.Person && e.IsCompatible(pronoun.Gender)
                && (!french || e.IsStrongPerson || e.HasFreeMention));
            if (person is not null || !french)
            {
                return person is null ? null : Learn(person, pronoun.Gender);
            }
        }

        // it / they / ils, and il/elle with no person around in French (la société ... elle), mean an organisation.
        return recentSpeaker is { Kind: SpeakerKind.Organization }
            ? recentSpeaker
            : Recent(offset, sentence, NounWindow, e => e != notThis && e.Kind == SpeakerKind.Organization && e.IsEstablishedOrganization && (!french || e.HasFreeMention))
                ?? (Focus != notThis ? Focus : null);
    }

    private SpeakerEntity? ResolveGendered(PersonGender gender, int offset, int sentence, SpeakerEntity? recentSpeaker, int recentSentence, SpeakerEntity? notThis)
    {
        bool Known(SpeakerEntity e) => e != notThis && e.Kind == SpeakerKind.Person && e.Gender == gender;
        bool Open(SpeakerEntity e) => e != notThis && e.Kind == SpeakerKind.Person && e.Gender == PersonGender.Unknown;

        // A person known to be of the pronoun's gender first (the same sentence, a person named since the last quote, the
        // last speaker, anyone near, the last speaker of that gender), then persons of unknown gender in the same order.
        var candidate = Recent(offset, sentence, 0, Known)
            ?? MentionedSince(offset, sentence, recentSentence, Known) // "Chen defended the figures. “...,” he said"
            ?? (recentSpeaker is not null && Known(recentSpeaker) ? recentSpeaker : null)
            ?? NearOrGoingOn(gender, offset, sentence, recentSpeaker, recentSentence, Known, Open)
            ?? (_lastSpeakerOf.TryGetValue(gender, out var last) && sentence - last.Sentence <= GenderedSpeakerWindow && Known(last.Entity) ? last.Entity : null)
            ?? Recent(offset, sentence, 0, Open)
            ?? (recentSpeaker is not null && Open(recentSpeaker) ? recentSpeaker : null)
            ?? Recent(offset, sentence, PronounWindow, Open);
        return candidate is null ? null : Learn(candidate, gender);
    }

    /// <summary>
    /// The person of the pronoun's gender named near, unless who spoke in the sentence just before goes on: "Mardas said …
    /// Spiegel quoted Johan Van Overtveldt as saying that … He said …" is Van Overtveldt, of unknown gender, because the man
    /// near already had his say (the story has moved on from him). Someone named but not yet quoted still takes the pronoun
    /// ("… met Mrs Balogun. “…,” Okonjo said. “…,” she said.").
    /// </summary>
    private SpeakerEntity? NearOrGoingOn(PersonGender gender, int offset, int sentence, SpeakerEntity? recentSpeaker, int recentSentence,
        Func<SpeakerEntity, bool> known, Func<SpeakerEntity, bool> open)
    {
        var near = Recent(offset, sentence, PronounWindow, known);
        var goesOn = recentSpeaker is not null && open(recentSpeaker) && sentence - recentSentence <= 1
            && (near is null || _lastSpeakerOf.TryGetValue(gender, out var spoke) && spoke.Entity == near);
        return goesOn ? recentSpeaker : near;
    }

    /// <summary>
    /// Who an English epithet means ("the pensioner said", "the 57-year-old has criticised"): the person named since the
    /// last quote, in this sentence or the one before (the new topic: "The probe follows Ukip MP Kim Rose ... The 57-year-old
    /// has criticised"), else the last speaker, else the person named nearest before; of the epithet's gender when it has one.
    /// </summary>
    public SpeakerEntity? ResolveEpithet(PersonGender gender, int offset, int sentence, SpeakerEntity? lastSpeaker, int lastSpeakerSentence)
    {
        bool Fits(SpeakerEntity e) => e.Kind == SpeakerKind.Person && e.IsCompatible(gender);
        var person = MentionedSince(offset, sentence, lastSpeakerSentence, Fits)
            ?? (lastSpeaker is not null && sentence - lastSpeakerSentence <= PronounWindow && Fits(lastSpeaker) ? lastSpeaker : null)
            ?? Recent(offset, sentence, PronounWindow, Fits);
        return person is null ? null : Learn(person, gender);
    }

    /// <summary>
    /// A person named in the previous sentence after the last quote's speaker spoke: the new topic. The first one named there,
    /// its subject, rather than the last: "Paul Heathcote ... banned Guffick from the classroom. He said: ..." is Heathcote.
    /// </summary>
    private SpeakerEntity? MentionedSince(int offset, int sentence, int spokeAt, Func<SpeakerEntity, bool> accept)
    {
        SpeakerEntity? first = null;
        for (var i = LastMentionBefore(offset); i >= 0 && _mentions[i].Sentence >= sentence - 1 && _mentions[i].Sentence > spokeAt; i--)
        {
            if (accept(_mentions[i].Entity))
            {
                first = _mentions[i].Entity;
            }
        }

        return first;
    }

    private static SpeakerEntity Learn(SpeakerEntity entity, PersonGender gender)
    {
        if (entity.Gender == PersonGender.Unknown)
        {
            entity.Gender = gender;
        }

        return entity;
    }

    /// <summary>
    /// Cues a sentence gives about the names it introduces: "Margaret Hale, 64, announced that she would stand" (the only
    /// person of the sentence is a woman), "Stellantis Europe said it would cut jobs at its plant" (only an organisation
    /// owns "its"). Called once per sentence, after its names are added, from <paramref name="firstMention"/> on.
    /// </summary>
    public void NoteSentence(IReadOnlyList<QuoteToken> t, int sentence, int firstMention)
    {
        SpeakerEntity? person = null;
        var people = 0;
        for (var i = firstMention; i < _mentions.Count; i++)
        {
            if (_mentions[i].Entity.Kind == SpeakerKind.Person && _mentions[i].Entity != person)
            {
                (person, people) = (_mentions[i].Entity, people + 1);
            }
        }

        // Only a sentence that introduced a candidate is read again (this runs for every sentence of every article).
        var gendered = people == 1 && person!.Gender == PersonGender.Unknown && person.Words.Length >= 2;
        if (_nationalities.Count > 0)
        {
            AddEpithets(t, sentence, firstMention);
        }

        var first = firstMention < _mentions.Count ? _mentions[firstMention] : null;
        if (!gendered && people > 1 && first?.Entity is { Kind: SpeakerKind.Person, Gender: PersonGender.Unknown } subject)
        {
            LearnFromPossessive(t, subject, first.End, firstMention);
        }

        var candidate = first?.Entity is { Kind: SpeakerKind.Person, IsStrongPerson: false, Gender: PersonGender.Unknown } ? first.Entity : null;
        if (!gendered && candidate is null)
        {
            return;
        }

        var (male, female, its) = (false, false, -1);
        for (var i = 0; i < t.Count; i++)
        {
            var token = t[i];
            male |= token.Lower is "he" or "his" or "him" or "himself";
            female |= token.Lower is "she" or "her" or "hers" or "herself";
            its = its < 0 && token.Lower == "its" ? token.Start : its;
        }

        if (gendered && male != female)
        {
            person!.Gender = male ? PersonGender.Male : PersonGender.Female;
        }

        if (candidate is { Gender: PersonGender.Unknown } && its > first!.End && (firstMention + 1 >= _mentions.Count || _mentions[firstMention + 1].Start > its))
        {
            candidate.Kind = SpeakerKind.Organization;
            candidate.IsEstablishedOrganization = true;
        }
    }

    /// <summary>
    /// "Benaud was renowned for his calming tone ... for Trevor Chappell's underarm delivery": in a sentence naming several
    /// people, "his" or "her" before a noun, after the first person and before anyone else is named, is the first person's.
    /// </summary>
    private void LearnFromPossessive(IReadOnlyList<QuoteToken> t, SpeakerEntity subject, int after, int firstMention)
    {
        var next = int.MaxValue;
        for (var i = firstMention + 1; i < _mentions.Count; i++)
        {
            if (_mentions[i].Entity.Kind == SpeakerKind.Person && _mentions[i].Entity != subject)
            {
                next = _mentions[i].Start;
                break;
            }
        }

        for (var i = 0; i + 1 < t.Count && t[i].Start < next; i++)
        {
            if (t[i].Start > after && t[i].Lower is "his" or "her" && t[i + 1].IsWord && !t[i + 1].IsCapitalized)
            {
                subject.Gender = t[i].Lower == "his" ? PersonGender.Male : PersonGender.Female;
                return;
            }
        }
    }
}
