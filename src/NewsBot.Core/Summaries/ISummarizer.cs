namespace NewsBot.Core.Summaries;

/// <summary>Extractive summaries of single articles.</summary>
public interface ISummarizer
{
    Summary Summarize(SummaryInput article, SummaryLength length);
}
