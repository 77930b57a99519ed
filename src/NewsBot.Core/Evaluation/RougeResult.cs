namespace NewsBot.Core.Evaluation;

/// <summary>The four ROUGE measures papers report for one prediction against one reference.</summary>
public sealed record RougeResult(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL, RougeScore RougeLsum);
