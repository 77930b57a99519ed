namespace NewsBot.Core.Evaluation.Benchmark;

/// <summary>One line of a benchmark file: an article with the human reference summary it is scored against.</summary>
/// <param name="Id">Identifies the article in problems and per-article output.</param>
/// <param name="Language">ISO 639-1 code stated by the benchmark; it picks the stemmer and the ROUGE token rules.</param>
/// <param name="Title">The headline when the benchmark has one (OrangeSum does, CNN/DailyMail does not).</param>
/// <param name="Text">The article as plain text.</param>
/// <param name="Reference">The reference summary, one sentence a line (as ROUGE-Lsum reads it).</param>
public sealed record BenchmarkArticle(string Id, string Language, string? Title, string Text, string Reference);
