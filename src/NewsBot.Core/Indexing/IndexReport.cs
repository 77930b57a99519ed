namespace NewsBot.Core.Indexing;

/// <summary>
/// What an indexing run did. <see cref="Unchanged"/> and <see cref="Duplicates"/> wrote nothing (same content seen before);
/// <see cref="Problems"/> lists every file or record skipped, with why; <see cref="IgnoredFiles"/> counts files in the folders
/// whose type NewsBot does not read (images, PDFs...). <see cref="Stages"/> says where the time went.
/// </summary>
public sealed record IndexReport(
    int Files,
    long Bytes,
    int Added,
    int Updated,
    int Unchanged,
    int Duplicates,
    int IgnoredFiles,
    IReadOnlyList<IndexProblem> Problems,
    TimeSpan Elapsed)
{
    public IndexStageTimes Stages { get; init; } = IndexStageTimes.None;

    public int Documents => Added + Updated + Unchanged + Duplicates + Problems.Count;
}
