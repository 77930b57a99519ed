namespace NewsBot.Core.Indexing;

/// <summary>Something that was not indexed, and why, in words naming the file (and line) so a person can fix it.</summary>
public sealed record IndexProblem(string Source, string Message);
