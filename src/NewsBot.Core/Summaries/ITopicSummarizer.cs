namespace NewsBot.Core.Summaries;

/// <summary>Summaries of a topic told by several articles, possibly in several languages.</summary>
public interface ITopicSummarizer
{
    /// <summary>
    /// Summarises <paramref name="articles"/> (best match first) in <paramref name="language"/>, or in the language most of
    /// them are written in when it is null.
    /// </summary>
    TopicSummary Summarize(IReadOnlyList<SummaryInput> articles, SummaryLength length, string? language = null);
}
