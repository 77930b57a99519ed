using NewsBot.Core.Text;

namespace NewsBot.Core.Ingest;

/// <summary>
/// The pipeline's output for one document: cleaned, language-tagged and segmented, ready for the store.
/// <see cref="Body"/> is the paragraphs joined by a blank line; paragraph and sentence offsets point into it.
/// </summary>
public sealed record PreparedArticle(
    RawDocument Raw,
    string Title,
    string Language,
    double LanguageConfidence,
    string Body,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Sentence> Sentences,
    int WordCount,
    string ContentHash);
