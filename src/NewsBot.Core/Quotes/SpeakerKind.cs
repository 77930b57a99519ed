namespace NewsBot.Core.Quotes;

/// <summary>Whether a named speaker is a person or an organisation (companies, agencies, media, governments).</summary>
internal enum SpeakerKind
{
    Person,
    Organization,

    /// <summary>A group described, not named: "Rachel Walsh's family". Never the antecedent of he/she/it or "the company".</summary>
    Group,
}
