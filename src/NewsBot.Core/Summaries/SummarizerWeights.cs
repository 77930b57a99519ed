namespace NewsBot.Core.Summaries;

/// <summary>
/// How the sentence features combine. News puts the key facts first, so position dominates; centrality, title overlap
/// and length move a sentence ahead of the lead only when it clearly says more of what the article is about.
/// </summary>
internal sealed record SummarizerWeights
{
    public static SummarizerWeights Default { get; } = new();

    public double Position { get; init; } = 1.0;

    /// <summary>Position prior 1/(1+rank)^exponent over the sentences that may be chosen.</summary>
    public double PositionExponent { get; init; } = 0.5;

    public double Centrality { get; init; } = 0.35;

    public double TitleOverlap { get; init; } = 0.3;

    public double Length { get; init; } = 0.15;

    /// <summary>Below this many words a sentence says too little; the length prior rises linearly up to it.</summary>
    public int IdealMinWords { get; init; } = 12;

    /// <summary>Above this many words a sentence costs more reading than it gives; the prior falls beyond it.</summary>
    public int IdealMaxWords { get; init; } = 40;

    /// <summary>Penalty for opening with a connective that refers back ("But", "However", "Mais") when read out of context.</summary>
    public double BackReference { get; init; } = 0.05;

    /// <summary>Penalty for a sentence that is one long direct quotation rather than a reported fact.</summary>
    public double Quotation { get; init; } = 0.1;

    /// <summary>Penalty for a photo caption or credit glued into the text ("Sterling (right) was pictured ...").</summary>
    public double Caption { get; init; } = 0.3;

    public double Redundancy { get; init; } = 0.5;

    /// <summary>Cosine above which a sentence repeats one already chosen and is skipped.</summary>
    public double MaxSimilarity { get; init; } = 0.4;

    /// <summary>Only the first sentences enter the similarity graph, so very long articles stay linear in time and memory.</summary>
    public int MaxCandidates { get; init; } = 120;
}
