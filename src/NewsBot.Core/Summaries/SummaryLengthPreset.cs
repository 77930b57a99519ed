using System.Diagnostics.CodeAnalysis;

namespace NewsBot.Core.Summaries;

/// <summary>Named summary lengths that adapt to how long the article is.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Short/long are the user-facing words for lengths.")]
public enum SummaryLengthPreset
{
    Short,
    Medium,
    Long,
}
