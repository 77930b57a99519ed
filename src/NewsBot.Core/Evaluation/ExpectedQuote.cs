namespace NewsBot.Core.Evaluation;

/// <summary>A hand-annotated quotation: a distinctive piece of its text (found in the body) and its canonical speaker.</summary>
public sealed record ExpectedQuote(string Fragment, string Speaker);
