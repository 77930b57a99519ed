using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Fragments that name or judge something ("dubbed", "branded", "labelled", "described as") are the words of whoever does
/// the naming: the subject of an active verb, the agent after "by" of a passive one, and every fragment coordinated with
/// a cued one. Phrasings of real tabloid copy, written for these tests.
/// </summary>
public sealed class NamingVerbQuoteTests
{
    [Theory]
    [InlineData("The new stadium was dubbed a 'concrete white elephant' by Oliver Grant.", "concrete white elephant", "Oliver Grant")]
    [InlineData("The budget, branded 'reckless' by Maria Lopez, passed on Tuesday.", "reckless", "Maria Lopez")]
    [InlineData("The singer was called 'lazy' by Tom Hale and 'spoilt' by Anna Reyes.", "spoilt", "Anna Reyes")]
    public void Extract_PassiveNamingVerbWithAgent_TheAgentSpeaks(string text, string fragment, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, fragment, QuoteKind.Partial);
    }

    [Theory]
    [InlineData("Councillor Peter Mills branded the closure as 'absolutely shameful' on Monday.", "absolutely shameful")]
    [InlineData("Peter Mills labelled the proposal 'a disgrace' in a letter to residents.", "a disgrace")]
    [InlineData("Peter Mills dubbed the scheme 'daylight robbery' at the meeting.", "daylight robbery")]
    public void Extract_ActiveNamingVerb_TheSubjectSpeaks(string text, string fragment)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Peter Mills", fragment, QuoteKind.Partial);
    }

    [Theory]
    [InlineData("Critic Jane Moss described the show as a 'hollow spectacle' and a 'noisy' mess that was 'made for tourists'.", "made for tourists")]
    [InlineData("Jane Moss called the mayor 'weak', 'vain' and 'out of touch'.", "out of touch")]
    public void Extract_FragmentCoordinatedWithCuedOne_SameSpeaker(string text, string fragment)
    {
        var quotes = QuoteArticles.Extract(text, "en");

        QuoteAssert.Said(quotes, "Jane Moss", fragment, QuoteKind.Partial);
    }

    [Theory]
    [InlineData("Jane Moss called the mayor 'weak'. The 'new' stadium opens in May.", "new")]
    [InlineData("Jane Moss called the mayor 'weak'; the so-called 'green' budget passed.", "green")]
    [InlineData("The storm, dubbed 'Arctic Blast', closed schools.", "Arctic Blast")]
    public void Extract_ScareQuoteNotCoordinatedWithCuedOne_NoQuote(string text, string fragment)
    {
        QuoteAssert.NoQuoteContains(QuoteArticles.Extract(text, "en"), fragment);
    }
}
