namespace NewsBot.Core.Indexing;

/// <summary>
/// Where a run stands, reported as batches are written. <see cref="BytesRead"/> of <see cref="TotalBytes"/> advances as files
/// are finished; <see cref="Documents"/> counts every document handled so far, whatever its outcome.
/// </summary>
public sealed record IndexProgress(long BytesRead, long TotalBytes, int Documents, int Added, int Updated, int Skipped);
