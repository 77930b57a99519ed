namespace NewsBot.Core.Quotes;

/// <summary>Who a noun refers to: "the company", "a spokesperson", "the mayor", "the report".</summary>
internal sealed partial class Discourse
{
    private readonly Dictionary<string, SpeakerEntity> _roleSpeakers = new(StringComparer.Ordinal);

    /// <summary>A person known only by their office ("maire sortant", "prime minister"): one speaker per office and article.</summary>
    public SpeakerEntity RoleSpeaker(string words)
    {
        var key = SpeakerName.Normalize(words);
        if (!_roleSpeakers.TryGetValue(key, out var entity))
        {
            entity = new SpeakerEntity(words, SpeakerKind.Person);
            _roleSpeakers.Add(key, entity);
        }

        return entity;
    }

    /// <summary>
    /// "David Cameron this morning launched ... The Prime Minister said ...": tabloid copy names its subject in the opening
    /// sentence and then calls them by their title. The person named first in the opening sentence, when a person with a
    /// first name or honorific, and not given another office.
    /// </summary>
    public SpeakerEntity? LeadPerson(string head)
    {
        var lead = _mentions.Count > 0 && _mentions[0].Sentence == 0 ? _mentions[0].Entity : null;
        return lead is { Kind: SpeakerKind.Person, IsStrongPerson: true } && !RoleLexicon.IsOtherOffice(head, lead.Role) ? lead : null;
    }

    /// <summary>"a singer who claims ... The singer, Kristina Karo, said": the holder of the role introduced just after.</summary>
    public SpeakerEntity? IntroducedAfter(string head, int offset, int sentence) =>
        _roles.FirstOrDefault(r => r.At > offset && r.Noun == head && r.Sentence - sentence <= 1).Entity;

    /// <summary>"the company" / "the mayor" / "the report": an organisation, a role holder or a document's author.</summary>
    public SpeakerEntity? ResolveNoun(string head, int offset, int sentence, bool nearestPerson)
    {
        var role = _roles.LastOrDefault(r => r.At < offset && r.Noun == head);
        if (role.Entity is not null)
        {
            return role.Entity;
        }

        // "..., its director announced. ... said the director, Eleanor Finch": the holder is introduced just after.
        role = _roles.FirstOrDefault(r => r.At > offset && r.Noun == head && r.Sentence - sentence <= 1);
        if (role.Entity is not null)
        {
            return role.Entity;
        }

        if (SyntaxLexicon.DocumentNouns.Contains(head))
        {
            var document = _documents.LastOrDefault(d => d.At < offset && d.Noun == head);
            return document.Entity ?? _documents.LastOrDefault(d => d.At < offset).Entity;
        }

        if (SyntaxLexicon.OrganizationNouns.Contains(head) || RoleLexicon.IsSpokesperson(head))
        {
            // "a spokesperson said" with no one introduced as such speaks for the organisation, like "the company said".
            // "the union said" after "the National Farmers' Union": the organisation whose name holds the noun.
            var named = Recent(offset, sentence, EpithetWindow, e => e.Kind == SpeakerKind.Organization && e.Words.Contains(head, StringComparer.Ordinal));
            if (named is not null)
            {
                return named;
            }

            // Then the organisation in focus if it is near, else one the sentence itself names ("Many JetBlue customers fly
            // …, an airline spokesman told"), else the nearest established one, the focus, any organisation near.
            var focusNearby = Focus is not null ? Recent(offset, sentence, NounWindow + 1, e => e == Focus) : null;
            return focusNearby ?? Recent(offset, sentence, 0, e => e.Kind == SpeakerKind.Organization)
                ?? Recent(offset, sentence, NounWindow, e => e.Kind == SpeakerKind.Organization && e.IsEstablishedOrganization) ?? Focus
                ?? Recent(offset, sentence, NounWindow, e => e.Kind == SpeakerKind.Organization);
        }

        // "le chercheur" with no one introduced so: the person the passage is about, unless the article
        // gave that person another office ("the prime minister" is not the court's president).
        // English reporters name a role-only speaker by the role ("the prime minister said" with no name anywhere): the
        // nearest person is then a wrong guess, so only French keeps it.
        return RoleLexicon.IsRole(head) && nearestPerson
            ? Recent(offset, sentence, NounWindow, e => e.Kind == SpeakerKind.Person && !RoleLexicon.IsOtherOffice(head, e.Role))
            : null;
    }
}
