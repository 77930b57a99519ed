namespace NewsBot.Core.Quotes;

/// <summary>A speech cue: the verb or source phrase (tokens <c>[First, Last]</c>) and the subject it attributes to.</summary>
internal sealed record Cue(int First, int Last, Subject Subject);
