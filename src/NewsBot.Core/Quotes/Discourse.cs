namespace NewsBot.Core.Quotes;

/// <summary>
/// The people and organisations of one article and where each is mentioned, built in reading order so that a surname or
/// "M. Dupont" joins the full name used earlier. Answers the questions attribution asks: which entity is named here, who a
/// pronoun, "the company" or "the mayor" refers to at a given point, and which organisation the article is about.
/// </summary>
internal sealed partial class Discourse
{
    private const int PronounWindow = 4;
    private const int NounWindow = 2;

    private readonly List<SpeakerEntity> _entities = [];
    private readonly List<EntityMention> _mentions = [];
    private readonly List<(string Noun, SpeakerEntity Entity, int At, int Sentence)> _roles = [];
    private readonly List<(string Noun, SpeakerEntity Entity, int At)> _documents = [];

    /// <summary>Words that start the complement of a role ("director of ...", "compagnon de la ministre", "head of sales at ...").</summary>
    private static readonly HashSet<string> RoleComplementStarts = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "of", "for", "at", "chez", "à", "au", "aux", "auprès", "with", "to",
    };

    /// <summary>The organisation the article is about: named in the title and mentioned most, else the most mentioned one.</summary>
    public SpeakerEntity? Focus { get; private set; }

    public IReadOnlyList<EntityMention> Mentions => _mentions;

    public void Add(NameRun run, int sentence)
    {
        run = GluedSurname(run);
        var entity = EntityRegistry.Merge(_entities, run);
        entity.Mentions++;
        _mentions.Add(new EntityMention(run.Start, run.End, sentence, entity));
        foreach (var word in (run.Role ?? string.Empty).ToLowerInvariant().Split(' ', ',', '\''))
        {
            if (RoleComplementStarts.Contains(word))
            {
                break; // "le compagnon de la ministre" holds no office of minister: only the head of the role counts
            }

            if (RoleLexicon.IsRole(word) || PeerageTitles.IsTitle(word))
            {
                _roles.Add((word, entity, run.Start, sentence));
            }
        }

        AddNationality(run.Nationality, entity, run.Start);
        if (run.AuthorOf is not null)
        {
            _documents.Add((run.AuthorOf, entity, run.Start));
            entity.IsEstablishedOrganization |= entity.Kind == SpeakerKind.Organization;
        }
    }

    /// <summary>
    /// "… sixth in the Scottish Premiership Lowther, 41, said": a caption glued before the next sentence ends with the
    /// surname of a person already named ("Gary Lowther"). When the run may end so (<see cref="NameRun.MayEndInGluedSurname"/>),
    /// its last word is that surname and no word before it is a first name or one of the person's words, the mention is the
    /// surname alone.
    /// </summary>
    private NameRun GluedSurname(NameRun run)
    {
        var space = run.Name.LastIndexOf(' ');
        if (space < 0 || run.HasHonorific || run.IsPossessive || !run.MayEndInGluedSurname)
        {
            return run;
        }

        var surname = SpeakerName.Normalize(run.Name[(space + 1)..]);
        var known = _entities.Find(e => e.Kind == SpeakerKind.Person && e.Words.Length >= 2 && e.Words[^1] == surname);
        if (known is null || SpeakerName.Normalize(run.Name[..space]).Split(' ').Any(w => NameLexicon.FirstNames.ContainsKey(w) || known.Words.Contains(w)))
        {
            return run; // the common case, no known surname, costs one lookup per name
        }

        var start = run.End - (run.Name.Length - space - 1);
        return run with { Name = run.Name[(space + 1)..], Start = start, First = run.Last, Nationality = null };
    }

    /// <summary>Called once every mention is in: links affiliations to their organisations and picks the focus.</summary>
    public void Complete(string title, bool french = false)
    {
        EntityRegistry.LinkAffiliations(_entities);
        var titleKey = " " + SpeakerName.Normalize(title) + " ";
        // French articles name places as complements ("à Nantes", "de Saint-Quentin Fallavier"): never the organisation in focus.
        bool Candidate(SpeakerEntity e) => e.Kind == SpeakerKind.Organization && (!french || e.HasFreeMention);
        Focus = _entities.Where(e => Candidate(e) && titleKey.Contains(" " + e.Key + " ", StringComparison.Ordinal))
            .OrderByDescending(e => e.Mentions).FirstOrDefault()
            ?? _mentions.Where(m => m.Sentence == _mentions[0].Sentence && Candidate(m.Entity)).Select(m => m.Entity).FirstOrDefault()
            ?? _entities.Where(Candidate).OrderByDescending(e => e.IsEstablishedOrganization)
                .ThenByDescending(e => e.Mentions).FirstOrDefault(e => e.Mentions >= 2);
        if (Focus is not null && _mentions.Count > 0)
        {
            Focus.IsEstablishedOrganization = true;
        }
    }

    public SpeakerEntity? EntityAt(int offset)
    {
        var index = LastMentionBefore(offset + 1);
        return index >= 0 && _mentions[index].End > offset ? _mentions[index].Entity : null;
    }

    public bool IsNamed(int offset) => EntityAt(offset) is not null;

    private SpeakerEntity? Recent(int offset, int sentence, int window, Func<SpeakerEntity, bool> accept)
    {
        for (var i = LastMentionBefore(offset); i >= 0 && sentence - _mentions[i].Sentence <= window; i--)
        {
            if (accept(_mentions[i].Entity))
            {
                return _mentions[i].Entity;
            }
        }

        return null;
    }

    /// <summary>Index of the last mention starting before <paramref name="offset"/>, by binary search (mentions are in body order).</summary>
    private int LastMentionBefore(int offset)
    {
        int lo = 0, hi = _mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Start < offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
