namespace NewsBot.Core.Quotes;

/// <summary>
/// A capitalised name as written, before it is merged with the article's other mentions: token range, the name without
/// honorific or possessive, and the cues around it (honorific gender, role and affiliation from an apposition or a title).
/// </summary>
internal sealed record NameRun(int First, int Last, string Name, int Start, int End)
{
    public bool HasHonorific { get; init; }

    public PersonGender Gender { get; init; }

    public string? Role { get; init; }

    public string? Affiliation { get; init; }

    public bool IsPossessive { get; init; }

    /// <summary>The nationality key of a word describing the name ("the German Alexander Zverev", "X, the Irish president,").</summary>
    public string? Nationality { get; init; }

    /// <summary>An organisation noun introduces or describes it ("le groupe X", "X, a London startup,").</summary>
    public bool IsOrganization { get; init; }

    /// <summary>A kin noun introduces it ("his eldest daughter Brandi", "son épouse Brigitte"): a person, one name or more.</summary>
    public bool IsRelative { get; init; }

    /// <summary>
    /// French copy names witnesses by their first name alone ("témoigne Nadia", "Thomas, étudiant, fulmine"): a known first
    /// name standing alone is a person there. English keeps its single words as organisations until evidence says otherwise.
    /// </summary>
    public bool IsLoneFirstName { get; init; }

    /// <summary>
    /// Whether a known surname at its end may be a person glued after a caption ("… in the Scottish Premiership Lowther, 41,
    /// said"; see <see cref="Discourse"/>): in English, whose scraped copy glues captions to sentences, unless a comma or
    /// bracket opens the name ("her son, Emre Kaya,"), as it does an apposition but never a glued caption; in French only after a
    /// definite article, which a person's name rarely follows (French stories name brothers and sisters by first name and
    /// shared surname, "Sven Lelandais" after "Nordahl Lelandais").
    /// </summary>
    public bool MayEndInGluedSurname { get; init; }

    /// <summary>"A report by Reuters": the document noun whose author this name is.</summary>
    public string? AuthorOf { get; init; }
}
