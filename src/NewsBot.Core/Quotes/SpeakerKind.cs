namespace NewsBot.Core.Quotes;

/// <summary>Whether a named speaker is a person or an organisation (companies, agencies, media, governments).</summary>
internal enum SpeakerKind
{
    Person,
    Organization,
}
