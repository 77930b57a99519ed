namespace NewsBot.Core.Summaries;

/// <summary>How long a summary should be: an exact number of sentences, or a preset resolved against the article's length.</summary>
public sealed record SummaryLength
{
    public const int MaxSentences = 20;

    private SummaryLength(int? sentences, SummaryLengthPreset? preset)
    {
        Sentences = sentences;
        Preset = preset;
    }

    public int? Sentences { get; }

    public SummaryLengthPreset? Preset { get; }

    public static SummaryLength Medium { get; } = new(null, SummaryLengthPreset.Medium);

    public static SummaryLength Of(int sentences) => sentences is >= 1 and <= MaxSentences
        ? new SummaryLength(sentences, null)
        : throw new ArgumentOutOfRangeException(nameof(sentences), sentences, $"A summary has 1 to {MaxSentences} sentences.");

    public static SummaryLength Of(SummaryLengthPreset preset) => new(null, preset);

    /// <summary>
    /// The number of sentences for an article with <paramref name="candidates"/> usable sentences: short is 1-2, medium grows
    /// from 2 to 5 with the article, long is about a fifth of the article (3 to 10); never more than the article has.
    /// </summary>
    public int Resolve(int candidates)
    {
        var wanted = Sentences ?? Preset switch
        {
            SummaryLengthPreset.Short => candidates <= 6 ? 1 : 2,
            SummaryLengthPreset.Long => Math.Clamp((int)Math.Round(candidates / 5.0), 3, 10),
            _ => Math.Clamp((int)Math.Round(Math.Sqrt(candidates) * 0.8), 2, 5),
        };
        return Math.Max(0, Math.Min(wanted, candidates));
    }

    public static bool TryParsePreset(string? text, out SummaryLengthPreset preset) =>
        Enum.TryParse(text, ignoreCase: true, out preset) && Enum.IsDefined(preset) && !int.TryParse(text, out _);
}
