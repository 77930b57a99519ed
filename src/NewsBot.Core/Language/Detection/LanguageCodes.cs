namespace NewsBot.Core.Language.Detection;

/// <summary>Normalises language tags found in input ("fr-FR", "EN", "fre") to the ISO 639-1 codes NewsBot stores.</summary>
public static class LanguageCodes
{
    private static readonly Dictionary<string, string> ThreeLetter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eng"] = "en", ["fra"] = "fr", ["fre"] = "fr", ["deu"] = "de", ["ger"] = "de", ["spa"] = "es", ["ita"] = "it",
        ["por"] = "pt", ["nld"] = "nl", ["dut"] = "nl",
    };

    /// <summary>Returns the two-letter code, or null when the tag is empty or not a language tag NewsBot can use.</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0];
        if (ThreeLetter.TryGetValue(primary, out var mapped))
        {
            return mapped;
        }

        return primary.Length == 2 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }
}
