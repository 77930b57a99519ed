namespace NewsBot.Core.Quotes;

/// <summary>
/// A relative speaking by their tie ("his sister said", "assure le frère de Nordahl Lelandais"): the person of the story who
/// shares the owner's surname, when the story has named exactly one who fits, else the tie as written ("Tom Walsh's sister").
/// </summary>
internal sealed partial class Discourse
{
    /// <summary>
    /// The one person named before <paramref name="offset"/> with <paramref name="owner"/>'s surname, other than the owner,
    /// whose gender fits the kin noun; null when none or several fit (two Walsh sisters: the tie cannot choose).
    /// </summary>
    public SpeakerEntity? RelativeOf(SpeakerEntity owner, PersonGender gender, int offset)
    {
        if (owner.Kind != SpeakerKind.Person || owner.Words.Length < 2)
        {
            return null;
        }

        var surname = owner.Words[^1];
        SpeakerEntity? found = null;
        for (var i = LastMentionBefore(offset); i >= 0; i--)
        {
            var e = _mentions[i].Entity;
            if (e == owner || e == found || e.Kind != SpeakerKind.Person || e.Words.Length < 2 || e.Words[^1] != surname || !e.IsCompatible(gender))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = e;
        }

        return found;
    }
}
