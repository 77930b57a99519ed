namespace NewsBot.Core.Quotes;

/// <summary>
/// One person or organisation of an article, built while reading it: every later mention (surname, "M. Dupont", "Acme")
/// points to the same object, so a fuller name found later upgrades the canonical <see cref="Name"/> of all its quotes.
/// </summary>
internal sealed class SpeakerEntity(string name, SpeakerKind kind)
{
    public string Name { get; set; } = name;

    public SpeakerKind Kind { get; set; } = kind;

    public PersonGender Gender { get; set; }

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    /// <summary>Something beyond capitalisation says this is an organisation (suffix, acronym, title subject, it spoke).</summary>
    public bool IsEstablishedOrganization { get; set; }

    public int Mentions { get; set; }

    /// <summary>An honorific, a known first name or a role apposition said this is a person.</summary>
    public bool IsStrongPerson { get; set; }

    /// <summary>The folded words of the name, for surname and short-form matching.</summary>
    public string[] Words => SpeakerName.Normalize(Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsCompatible(PersonGender gender) => Gender == PersonGender.Unknown || gender == PersonGender.Unknown || Gender == gender;
}
