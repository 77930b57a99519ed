namespace NewsBot.Core.Language.Detection;

/// <summary>
/// A detected language (ISO 639-1, or <see cref="Undetermined"/>) with a confidence in [0, 1]: how much evidence there was
/// and how clearly it pointed to one language rather than the runner-up.
/// </summary>
public sealed record LanguageGuess(string Language, double Confidence)
{
    public const string Undetermined = "und";

    public static LanguageGuess Unknown { get; } = new(Undetermined, 0);

    public bool IsKnown => Language != Undetermined;
}
