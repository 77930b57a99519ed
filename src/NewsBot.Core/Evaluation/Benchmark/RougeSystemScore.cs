namespace NewsBot.Core.Evaluation.Benchmark;

/// <summary>
/// One row of a benchmark table: a system's mean ROUGE F-measures (0 to 1) over the articles of one language scored under
/// one set of token rules.
/// </summary>
/// <param name="System">"NewsBot" or "Lead-N".</param>
/// <param name="Language">The articles' language.</param>
/// <param name="Rules">The token rules (<see cref="RougeRules.Name"/>).</param>
public sealed record RougeSystemScore(string System, string Language, string Rules, int Articles, double Rouge1, double Rouge2, double RougeLsum);
