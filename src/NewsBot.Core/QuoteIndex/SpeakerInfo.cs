namespace NewsBot.Core.QuoteIndex;

/// <summary>
/// A speaker merged across articles and languages: canonical name, normalised key, kind when known ("person",
/// "organization"), a person's organisation, how many quotes they have in how many articles, how many quotes their staff
/// have (for an organisation), and the other keys that also name them.
/// </summary>
public sealed record SpeakerInfo(
    long Id,
    string Name,
    string Key,
    string? Kind,
    string? Affiliation,
    int Quotes,
    int Articles,
    int StaffQuotes,
    IReadOnlyList<string> Aliases);
