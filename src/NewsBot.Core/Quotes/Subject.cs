namespace NewsBot.Core.Quotes;

/// <summary>
/// The words naming who speaks, tokens <c>[First, Last]</c> of the clause: a name (<see cref="Entity"/> set), a pronoun
/// (<see cref="Pronoun"/> set) or a noun phrase with its <see cref="Head"/> ("the company", "le ministre") and, when the
/// phrase names one, its <see cref="Owner"/> ("Acme's spokesman", "un porte-parole de Binance").
/// </summary>
internal sealed record Subject(int First, int Last)
{
    public SpeakerEntity? Entity { get; init; }

    public PronounInfo? Pronoun { get; init; }

    public string? Head { get; init; }

    public SpeakerEntity? Owner { get; init; }

    /// <summary>A role word in front of an organisation's name ("a spokesperson for Acme"): the organisation speaks through it.</summary>
    public string? Role { get; init; }

    /// <summary>"a company spokesperson", "la direction de l'entreprise": the organisation noun the speaker belongs to.</summary>
    public string? OwnerNoun { get; init; }

    /// <summary>
    /// For an institution named by common nouns ("the health ministry", "la préfecture de la Côte-d'Or"): the first token of
    /// its name, after the determiner.
    /// </summary>
    public int? Institution { get; init; }

    /// <summary>
    /// Tokens of the words after the determiner ("climber's family", "fire service" of "a fire service spokesman"): the
    /// speaker's name when no one is named. A range, not a string: subjects are built far more often than resolved.
    /// </summary>
    public (int First, int Last)? Descriptor { get; init; }

    /// <summary>The nationality key of an epithet ("the German", "the Irish president").</summary>
    public string? Nationality { get; init; }

    /// <summary>"un cadre de la majorité", "selon les pompiers": someone never named speaks as the <see cref="Descriptor"/>.</summary>
    public bool IsUnnamed { get; init; }

    /// <summary>"his family", "Walsh's family", "the climber's family": relatives speak as a group of their own.</summary>
    public bool IsFamily { get; init; }

    /// <summary>"Avant d'ajouter :", "before adding:": no subject of its own; whoever spoke last goes on.</summary>
    public bool GoesOn { get; init; }

    /// <summary>The possessive pronoun of "his family" / "her family", resolved like a subject pronoun.</summary>
    public PronounInfo? OwnerPronoun { get; init; }
}
