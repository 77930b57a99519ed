namespace NewsBot.Core.Digests;

/// <summary>A story's quote as a digest shows it.</summary>
public sealed record DigestQuote(string Text, string Speaker);
