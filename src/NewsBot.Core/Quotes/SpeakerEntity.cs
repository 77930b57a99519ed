namespace NewsBot.Core.Quotes;

/// <summary>
/// One person or organisation of an article, built while reading it: every later mention (surname, "M. Dupont", "Acme")
/// points to the same object, so a fuller name found later upgrades the canonical <see cref="Name"/> of all its quotes.
/// </summary>
internal sealed class SpeakerEntity(string name, SpeakerKind kind)
{
    private string _name = name;
    private string? _key;
    private string[]? _words;

    public string Name
    {
        get => _name;
        set
        {
            // The comparison forms follow the name: a fuller name found later re-keys the entity.
            if (!string.Equals(_name, value, StringComparison.Ordinal))
            {
                (_name, _key, _words) = (value, null, null);
            }
        }
    }

    public SpeakerKind Kind { get; set; } = kind;

    public PersonGender Gender { get; set; }

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    /// <summary>Something beyond capitalisation says this is an organisation (suffix, acronym, title subject, it spoke).</summary>
    public bool IsEstablishedOrganization { get; set; }

    public int Mentions { get; set; }

    /// <summary>
    /// Named at least once outside a prepositional complement ("Binance a déclaré", not only "de sa cellule de Saint-Quentin
    /// Fallavier" or "interrogé par France Bleu"): a name only ever seen as a place or a medium is no one's antecedent.
    /// </summary>
    public bool HasFreeMention { get; set; }

    /// <summary>An honorific, a known first name or a role apposition said this is a person.</summary>
    public bool IsStrongPerson { get; set; }

    /// <summary>
    /// <see cref="SpeakerName.Normalize"/> of the name, computed once per name: attribution compares every mention against
    /// every entity, so folding the name on each comparison was the largest cost of extraction.
    /// </summary>
    public string Key => _key ??= SpeakerName.Normalize(_name);

    /// <summary>The folded words of the name, for surname and short-form matching (cached with <see cref="Key"/>; do not modify).</summary>
    public string[] Words => _words ??= Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsCompatible(PersonGender gender) => Gender == PersonGender.Unknown || gender == PersonGender.Unknown || Gender == gender;
}
