namespace NewsBot.Core.Summaries;

/// <summary>
/// The title as evidence of what an article is about. When the source stated no headline, the pipeline derives the title
/// from the first sentence (<see cref="Text.TitleSelector.Derive"/>); such a title says nothing the first sentence does not,
/// and scoring overlap with it would only count the position prior twice, so it is ignored.
/// </summary>
internal static class TitleSignal
{
    public static string Of(SummaryInput article)
    {
        var title = article.Title.TrimEnd('…', '.', ' ');
        if (title.Length == 0)
        {
            return string.Empty;
        }

        var first = article.Sentences.FirstOrDefault(s => !s.IsHeading);
        return first is not null && first.Text.StartsWith(title, StringComparison.Ordinal) ? string.Empty : article.Title;
    }
}
