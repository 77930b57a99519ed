using System.Globalization;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Counts from comparing extracted quotes with annotations. <see cref="Found"/> expected quotes were matched by a
/// prediction, <see cref="FoundWithSpeaker"/> of them with the right speaker. End-to-end scores count a quote as right only
/// when both its span and its speaker are right (the measure the Gender Gap Tracker reports).
/// </summary>
public sealed record QuoteScores(int Expected, int Predicted, int Found, int FoundWithSpeaker)
{
    public double QuotePrecision => Ratio(Found, Predicted);

    public double QuoteRecall => Ratio(Found, Expected);

    public double QuoteF1 => F1(QuotePrecision, QuoteRecall);

    public double EndToEndPrecision => Ratio(FoundWithSpeaker, Predicted);

    public double EndToEndRecall => Ratio(FoundWithSpeaker, Expected);

    public double EndToEndF1 => F1(EndToEndPrecision, EndToEndRecall);

    /// <summary>Of the quotes found, the share attributed to the right speaker.</summary>
    public double SpeakerAccuracy => Ratio(FoundWithSpeaker, Found);

    public static QuoteScores operator +(QuoteScores a, QuoteScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Expected + b.Expected, a.Predicted + b.Predicted, a.Found + b.Found, a.FoundWithSpeaker + b.FoundWithSpeaker);
    }

    public static QuoteScores Add(QuoteScores a, QuoteScores b) => a + b;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"quotes P={QuotePrecision:F3} R={QuoteRecall:F3} F1={QuoteF1:F3}; end-to-end P={EndToEndPrecision:F3} R={EndToEndRecall:F3} F1={EndToEndF1:F3}; speaker accuracy={SpeakerAccuracy:F3} ({Expected} expected, {Predicted} predicted)");

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
