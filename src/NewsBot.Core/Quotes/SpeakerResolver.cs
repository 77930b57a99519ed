namespace NewsBot.Core.Quotes;

/// <summary>
/// Turns a cue's subject into a canonical entity and remembers the last speaker, so that a pronoun prefers the person
/// just quoted and a quote with no cue can inherit the previous speaker of its passage.
/// </summary>
internal sealed class SpeakerResolver(Discourse discourse, bool french)
{
    public SpeakerEntity? LastSpeaker { get; private set; }

    public int LastSentence { get; private set; } = int.MinValue / 2;

    public int LastPassage { get; private set; } = int.MinValue / 2;

    /// <summary>The entity the subject names, and the role it speaks in when it is "a spokesperson for X".</summary>
    public (SpeakerEntity? Entity, string? Role) Resolve(Subject subject, IReadOnlyList<QuoteToken> t, int sentence)
    {
        if (subject.Entity is not null)
        {
            if (french && LastSpeaker is not null && sentence - LastSentence <= 2 && FrenchEpithets.IsTitleWithYear(subject, t))
            {
                return (FrenchEpithets.Holder(LastSpeaker, subject, t), null); // "s'est réjoui le Ballon d'Or 1998"
            }

            return (subject.Entity, subject.Role);
        }

        if (subject.GoesOn)
        {
            return (LastSpeaker, null); // "Avant d'ajouter :" after a quote, however long it ran
        }

        var at = t[subject.First].Start;
        if (subject.IsUnnamed && subject.Descriptor is var (unnamedFrom, unnamedTo))
        {
            // "cadre de la majorité": see FrenchUnnamedSpeakers; "le frère de Nordahl Lelandais" may be named already.
            var relative = subject is { Head: { } tie, Owner: { } of } && KinLexicon.IsKin(tie) ? discourse.RelativeOf(of, KinLexicon.GenderOf(tie), at) : null;
            return (relative ?? discourse.RoleSpeaker(Words(t, unnamedFrom, unnamedTo)), null);
        }

        if (subject.Pronoun is not null)
        {
            return (discourse.ResolvePronoun(subject.Pronoun, at, sentence, LastSpeaker, LastSentence, french, QuotedClauseSubject(t, subject.First),
                GoesOn(t, subject.First)), null);
        }

        if (subject.Institution is { } first)
        {
            return (discourse.Institution(Words(t, first, subject.Last), at), null);
        }

        if (subject.IsFamily)
        {
            var described = subject.Descriptor is var (from, to) ? Words(t, from, to) : null;
            return (discourse.Family(subject.Owner, subject.OwnerPronoun, described, at, sentence, LastSpeaker, LastSentence), null);
        }

        if (subject.Head is null)
        {
            return (null, null);
        }

        if (KinLexicon.IsKin(subject.Head) && Relative(subject, subject.Head, t, at, sentence) is { } kin)
        {
            return (kin, null);
        }

        // "“…,” the statement said" after "Acme said in a statement": the document's issuer speaks, else the author of a
        // document named with its author ("a report by Reuters"); with neither, nobody rather than the nearest name.
        if (subject.Owner is null && SyntaxLexicon.DocumentNouns.Contains(subject.Head) && t[subject.First].Lower is "the" or "this" or "le" or "la" or "l'" or "ce" or "cette")
        {
            return (discourse.DocumentIssuer(at, sentence, LastSpeaker, LastSentence) ?? discourse.ResolveNoun(subject.Head, at, sentence, nearestPerson: false), null);
        }

        if (subject.Nationality is { } nationality)
        {
            // "the German", "the Irish president": someone named earlier, never a speaker called "German".
            var national = discourse.ResolveNationality(nationality, subject.Head, at, sentence, LastSpeaker);
            if (national is not null || NationalityLexicon.IsNationality(subject.Head))
            {
                return (national, null);
            }
        }

        if (!french && EnglishEpithets.Of(subject, t) is { } gender && Protagonist(subject.Head, gender, at, sentence) is { } protagonist)
        {
            return (protagonist, null); // "the pensioner said", "the 79-year-old added": see EnglishEpithets
        }

        if (french && FrenchPersonEpithets.Of(subject, t) is { } genre && Protagonist(subject.Head, genre, at, sentence) is { } referent)
        {
            return (referent, null); // "ajoutait l'automobiliste", "a réagi l'attaquant": see FrenchPersonEpithets
        }

        if (!french && EnglishUnnamedSpeakers.Describe(subject, t) is { } unnamed)
        {
            // "a source close to the couple", "one resident", "neighbours"; unless named right after ("a singer ... The singer, Kristina Karo,").
            return (discourse.IntroducedAfter(subject.Head, at, sentence) ?? discourse.RoleSpeaker(unnamed), null);
        }

        var role = RoleLexicon.IsRole(subject.Head) ? subject.Head : null;
        if (subject.Owner is not null && role is not null)
        {
            // "Acme's chief executive" is the person introduced with that role at Acme, else Acme speaking through its role.
            var holder = discourse.ResolveNoun(subject.Head, at, sentence, french);
            if (holder is not null && holder.Affiliation is not null && SpeakerMatcher.Matches(holder.Affiliation, subject.Owner.Name))
            {
                return (holder, null);
            }

            // "l'ancien chef de l'État", "le président de la République": a French head of state or government is a person,
            // the one the passage is about, never the State speaking through a role.
            if (french && subject.Head is "chef" or "président" or "présidente" && t[subject.First].Lower is "le" or "la" or "l'")
            {
                var person = holder is { Kind: SpeakerKind.Person } ? holder
                    : discourse.ResolvePronoun(SyntaxLexicon.Pronouns[subject.Head is "présidente" ? "elle" : "il"], at, sentence, LastSpeaker, LastSentence, french);
                if (person is { Kind: SpeakerKind.Person })
                {
                    return (person, null);
                }
            }

            return (subject.Owner, subject.Head);
        }

        if (subject.Owner is null && subject.OwnerNoun is { } noun)
        {
            // "a défendu la présidente de région" after "Valérie Martin, la présidente de la région Bretagne": the office holder.
            if (french && role is not null && discourse.ResolveNoun(subject.Head, at, sentence, french) is { Kind: SpeakerKind.Person, Role: { } held } holder
                && held.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return (holder, null);
            }

            // "a spokesman for the company", "a ministry spokeswoman", "la direction de l'entreprise": the organisation speaks.
            var owner = subject.Descriptor is var (from, to) && to > from ? discourse.Institution(Words(t, from, to), at) // "a fire service spokesman"
                : SyntaxLexicon.InstitutionNouns.Contains(noun) ? discourse.Institution(noun, at)
                : RecentOrganization(sentence) ?? discourse.ResolveNoun(noun, at, sentence, french);
            return owner is null ? (null, null) : (owner, role);
        }

        if (subject.Owner is not null)
        {
            return (subject.Owner, null);
        }

        var resolved = (SyntaxLexicon.OrganizationNouns.Contains(subject.Head) || RoleLexicon.IsSpokesperson(subject.Head) ? RecentOrganization(sentence) : null)
            ?? (french ? RecentMedium(subject.Head, sentence) : null)
            ?? discourse.ResolveNoun(subject.Head, at, sentence, french);
        if (resolved is null && french && FrenchUnnamedSpeakers.IsPersonNoun(subject.Head) && !RoleLexicon.IsRole(subject.Head))
        {
            // "..., ajoutait l'automobiliste": the person just quoted, else the description itself ("selon le témoin").
            return LastSpeaker is { Kind: SpeakerKind.Person } && sentence - LastSentence <= 2
                ? (LastSpeaker, null)
                : (discourse.RoleSpeaker(Words(t, subject.First + 1, subject.Last)), null);
        }

        if (resolved is null && role is not null && !RoleLexicon.IsSpokesperson(role) && subject.Last > subject.First
            && t[subject.First].Lower is "le" or "la" or "l'" or "the")
        {
            // "le maire sortant a dénoncé", "the prime minister said" with nobody introduced so: the office itself speaks
            // ("maire sortant", "prime minister"), never the last person named (English has no nearest-person fallback),
            // unless an English title is written like a name and the opening sentence named a person ("The Prime Minister").
            var titled = !french && t[subject.Last].IsCapitalized ? discourse.LeadPerson(subject.Head) : null;
            return (titled ?? discourse.RoleSpeaker(Words(t, subject.First + 1, subject.Last)), null);
        }

        return (resolved, resolved is { Kind: SpeakerKind.Organization } && role is not null ? role : null);
    }

    /// <summary>
    /// "his sister said", "Walsh's mother told", "the brother of Tom Walsh": the relative the story already named
    /// (<see cref="Discourse.RelativeOf"/>), else the tie as written ("Tom Walsh's sister", "the victim's mother"), never
    /// the person they are related to. Null when the tie has no owner ("the mother said"): the usual rules decide.
    /// </summary>
    private SpeakerEntity? Relative(Subject subject, string kin, IReadOnlyList<QuoteToken> t, int at, int sentence)
    {
        // "la fille de l'ex-président": the holder of the office is the owner.
        var owner = subject.Owner
            ?? (subject.OwnerPronoun is { } pronoun ? discourse.ResolvePronoun(pronoun, at, sentence, LastSpeaker, LastSentence, french) : null)
            ?? (subject.OwnerNoun is { } office && RoleLexicon.IsRole(office) ? discourse.ResolveNoun(office, at, sentence, french) : null);
        var gender = KinLexicon.GenderOf(kin);
        if (owner is { Kind: SpeakerKind.Person })
        {
            var described = discourse.RelativeOf(owner, gender, at)
                ?? discourse.Described(french ? Words(t, subject.First + 1, subject.Last) : owner.Name + "'s " + kin, SpeakerKind.Person);
            described.Gender = described.Gender == PersonGender.Unknown ? gender : described.Gender;
            return described;
        }

        // "the victim's mother": English possessive only, French elides ("la fille de l'ex-président").
        return !french && subject.Descriptor is var (from, to) && Words(t, from, to) is var words && (words.Contains('\'') || words.Contains('\u2019'))
            ? discourse.Described(words, SpeakerKind.Person)
            : null;
    }

    /// <summary>
    /// The name written just before the quotation a pronoun's cue follows, with no colon or comma between: the subject of the
    /// quoted clause ("Anne Hidalgo « a changé les blousons », a-t-elle affirmé"; "Smith 'was never there,' she said"), so
    /// not who the pronoun means. Quoted words are not in <paramref name="t"/>: the two marks are adjacent tokens, or hold
    /// the quote's trailing comma between them.
    /// </summary>
    private SpeakerEntity? QuotedClauseSubject(IReadOnlyList<QuoteToken> t, int pronoun)
    {
        var close = pronoun - 1;
        while (close > 0 && pronoun - close <= MaxCueTokensBeforePronoun && !t[close].IsQuoteMark)
        {
            close--;
        }

        if (close < 2 || !t[close].IsQuoteMark)
        {
            return null;
        }

        // The quote's own last comma stays outside it ("never there," she said): the open mark may be one token further back.
        var open = t[close - 1].Text is "," ? close - 2 : close - 1;
        return open >= 1 && t[open].IsQuoteMark && t[open - 1].IsWord ? discourse.EntityAt(t[open - 1].Start) : null;
    }

    /// <summary>
    /// "she added", "he went on", "added he", "a-t-il ajouté", "ajoute-t-elle", "poursuit-il": a verb next to (or holding)
    /// the pronoun that continues what was said.
    /// </summary>
    private static bool GoesOn(IReadOnlyList<QuoteToken> t, int pronoun)
    {
        bool Continues(int i) => i >= 0 && i < t.Count && (t[i].Lower is "added" or "adds" or "continued" or "continues"
            || t[i].Lower is "went" or "goes" && i + 1 < t.Count && t[i + 1].Lower is "on"
            || BeforeHyphen(t[i].Lower) is "ajouté" or "ajoute" or "ajoutait" or "poursuit" or "poursuivi" or "poursuivait" or "renchérit" or "renchéri");
        return Continues(pronoun) || Continues(pronoun + 1) || Continues(pronoun - 1);
    }

    /// <summary>"ajoute" of "ajoute-t-il", without a copy (this is asked of every pronoun cue).</summary>
    private static ReadOnlySpan<char> BeforeHyphen(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen < 0 ? word : word.AsSpan(0, hyphen);
    }

    /// <summary>"», a-t-elle affirmé" has the comma between the closing mark and the pronoun; "», a ajouté-t-elle" also the verb.</summary>
    private const int MaxCueTokensBeforePronoun = 3;

    /// <summary>
    /// The person an epithet means (<see cref="EnglishEpithets"/>, <see cref="FrenchPersonEpithets"/>): the one introduced with
    /// that noun ("Terry Cooper, a pensioner, ... the pensioner said"), else the person the story has just turned to or quoted
    /// (<see cref="Discourse.ResolveEpithet"/>).
    /// </summary>
    private SpeakerEntity? Protagonist(string head, PersonGender gender, int at, int sentence) =>
        discourse.ResolveNoun(head, at, sentence, nearestPerson: false) is { Kind: SpeakerKind.Person } introduced ? introduced
        : discourse.ResolveEpithet(gender, at, sentence, LastSpeaker, LastSentence);

    /// <summary>"Enedis a indiqué ... « ... », a précisé un porte-parole de l'entreprise": the organisation that just spoke.</summary>
    private SpeakerEntity? RecentOrganization(int sentence) =>
        LastSpeaker is { Kind: SpeakerKind.Organization } && sentence - LastSentence <= 1 ? LastSpeaker : null;

    /// <summary>The words of an institution's description as written, elisions kept tight ("ministère de l'Industrie").</summary>
    private static string Words(IReadOnlyList<QuoteToken> t, int first, int last)
    {
        var text = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (text.Length > 0 && text[^1] is not ('\'' or '\u2019'))
            {
                text.Append(' ');
            }

            text.Append(t[i].Text);
        }

        return text.ToString();
    }

    /// <summary>"précise le quotidien", "souligne l'hebdomadaire": the newspaper that was last quoted, a few sentences back.</summary>
    private SpeakerEntity? RecentMedium(string head, int sentence) =>
        head is "quotidien" or "hebdomadaire" or "magazine" or "mensuel" or "journal" or "radio" or "chaîne" or "média"
        && _lastPublisher is { } last && sentence - last.Sentence <= MediumWindow ? last.Entity : null;

    private const int MediumWindow = 6;

    /// <summary>The last organisation, or title with its article ("Le Canard enchaîné"), that spoke: what "le quotidien" means.</summary>
    private (SpeakerEntity Entity, int Sentence)? _lastPublisher;

    public void Spoke(SpeakerEntity speaker, int sentence, int passage)
    {
        // "Le Canard enchaîné révèle …": a title with its article is a publication, even where its two words made a person.
        if (speaker.Kind == SpeakerKind.Organization || !speaker.IsStrongPerson && speaker.Words is [ "le" or "la" or "les" or "l" or "the", _, ..])
        {
            _lastPublisher = (speaker, sentence);
        }

        LastSpeaker = speaker;
        LastSentence = sentence;
        LastPassage = passage;
        discourse.Spoke(speaker, sentence);
        if (speaker.Kind == SpeakerKind.Organization)
        {
            speaker.IsEstablishedOrganization = true;
        }
    }
}
