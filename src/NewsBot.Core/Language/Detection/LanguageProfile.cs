namespace NewsBot.Core.Language.Detection;

/// <summary>
/// What a language looks like in running text: its most frequent function words, letters with diacritics typical of it,
/// and character sequences typical of its spelling ("ção", "zione", "ij"), each with a weight.
/// </summary>
internal sealed record LanguageProfile(
    string Code,
    IReadOnlySet<string> FunctionWords,
    IReadOnlyDictionary<char, double> Letters,
    IReadOnlyDictionary<string, double> Sequences);
