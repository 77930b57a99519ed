using NewsBot.Core.Evaluation;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>One hand-annotated passage of an evaluation file.</summary>
internal sealed record AnnotatedPassage(string Id, string Title, string Text, IReadOnlyList<ExpectedQuote> Expected);
