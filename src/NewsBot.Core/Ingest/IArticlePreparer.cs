namespace NewsBot.Core.Ingest;

/// <summary>
/// Turns a raw document into a cleaned, language-tagged, segmented article: the pure part of indexing, with no storage.
/// Throws <see cref="DocumentRejectedException"/> when nothing worth indexing is left (empty, binary, only boilerplate).
/// </summary>
public interface IArticlePreparer
{
    PreparedArticle Prepare(RawDocument document);
}
