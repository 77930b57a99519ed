namespace NewsBot.Core.Quotes;

/// <summary>
/// Turns a cue's subject into a canonical entity and remembers the last speaker, so that a pronoun prefers the person
/// just quoted and a quote with no cue can inherit the previous speaker of its passage.
/// </summary>
internal sealed class SpeakerResolver(Discourse discourse, bool french)
{
    public SpeakerEntity? LastSpeaker { get; private set; }

    public int LastSentence { get; private set; } = int.MinValue / 2;

    public int LastParagraph { get; private set; } = int.MinValue / 2;

    /// <summary>The entity the subject names, and the role it speaks in when it is "a spokesperson for X".</summary>
    public (SpeakerEntity? Entity, string? Role) Resolve(Subject subject, IReadOnlyList<QuoteToken> t, int sentence)
    {
        if (subject.Entity is not null)
        {
            return (subject.Entity, subject.Role);
        }

        var at = t[subject.First].Start;
        if (subject.Pronoun is not null)
        {
            return (discourse.ResolvePronoun(subject.Pronoun, at, sentence, LastSpeaker, LastSentence, french), null);
        }

        if (subject.Head is null)
        {
            return (null, null);
        }

        if (subject.Owner is not null && RoleLexicon.IsRole(subject.Head))
        {
            // "Acme's chief executive" is the person introduced with that role at Acme, else Acme speaking through its role.
            var holder = discourse.ResolveNoun(subject.Head, at, sentence);
            return holder is not null && holder.Affiliation is not null && SpeakerMatcher.Matches(holder.Affiliation, subject.Owner.Name)
                ? (holder, null)
                : (subject.Owner, subject.Head);
        }

        return subject.Owner is not null ? (subject.Owner, null) : (discourse.ResolveNoun(subject.Head, at, sentence), null);
    }

    public void Spoke(SpeakerEntity speaker, int sentence, int paragraph)
    {
        LastSpeaker = speaker;
        LastSentence = sentence;
        LastParagraph = paragraph;
        if (speaker.Kind == SpeakerKind.Organization)
        {
            speaker.IsEstablishedOrganization = true;
        }
    }
}
