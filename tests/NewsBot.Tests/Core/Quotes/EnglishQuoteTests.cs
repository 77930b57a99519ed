using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

public sealed class EnglishQuoteTests
{
    [Fact]
    public void Extract_CueAfterQuote_NameAndInvertedName()
    {
        var quotes = QuoteArticles.Extract("""
            The council met on Monday to vote on the budget for next year.

            “We cannot keep raising taxes,” said Mayor Laura Pennant. “Families are stretched.”

            “That is simply untrue,” councillor Joe Maddox replied.
            """, "en");

        var first = QuoteAssert.Said(quotes, "Laura Pennant", "We cannot keep raising taxes", QuoteKind.Direct);
        Assert.Equal("We cannot keep raising taxes", first.Text); // the comma before the closing mark belongs to the sentence
        Assert.Equal("said", first.Cue);
        QuoteAssert.Said(quotes, "Laura Pennant", "Families are stretched");
        QuoteAssert.Said(quotes, "Joe Maddox", "That is simply untrue");
    }

    [Fact]
    public void Extract_PronounChainAndSurname_ResolveToFullName()
    {
        var quotes = QuoteArticles.Extract("""
            Mary Collins, chief executive of Tandem Bank, spoke to shareholders on Thursday.

            "Our deposits are safe," she said. Collins added that the bank would pay a dividend.

            Analysts were less sure. Mr. Hugh Ferris, an analyst at Beacon Securities, said: "The numbers do not add up."
            """, "en");

        var safe = QuoteAssert.Said(quotes, "Mary Collins", "Our deposits are safe");
        Assert.Equal("she", safe.Mention);
        Assert.Equal("Tandem Bank", safe.SpeakerAffiliation);
        Assert.Contains("chief executive", safe.SpeakerRole, StringComparison.Ordinal);
        QuoteAssert.Said(quotes, "Mary Collins", "the bank would pay a dividend", QuoteKind.Reported);
        var ferris = QuoteAssert.Said(quotes, "Hugh Ferris", "The numbers do not add up");
        Assert.Equal("Beacon Securities", ferris.SpeakerAffiliation);
    }

    [Fact]
    public void Extract_InterruptedAndUncuedQuotes_ShareTheSpeaker()
    {
        var quotes = QuoteArticles.Extract("""
            The coach of the national team, Pedro Almeida, was furious after the defeat.

            “We played well for an hour,” Almeida said, “and then we stopped thinking.”

            “I take the blame for that.”
            """, "en");

        QuoteAssert.Said(quotes, "Pedro Almeida", "We played well for an hour");
        QuoteAssert.Said(quotes, "Pedro Almeida", "and then we stopped thinking");
        var inherited = QuoteAssert.Said(quotes, "Pedro Almeida", "I take the blame for that");
        Assert.True(inherited.Confidence < 0.9, "a speaker carried over from the previous quote is less certain");
    }

    [Theory]
    [InlineData("Zentra Corp. said that its profits had doubled in the first quarter.", "its profits had doubled")]
    [InlineData("Zentra Corp. on Tuesday told investors that its profits had doubled in the first quarter.", "its profits had doubled")]
    [InlineData("According to Zentra Corp., its profits had doubled in the first quarter.", "its profits had doubled")]
    [InlineData("Its profits had doubled in the first quarter, Zentra Corp. said on Tuesday.", "Its profits had doubled")]
    [InlineData("Its profits had doubled in the first quarter, the company claimed.", "Its profits had doubled")]
    [InlineData("Zentra Corp. insists it will keep every factory open.", "it will keep every factory open")]
    [InlineData("The company denied having shared any customer data with advertisers.", "having shared any customer data")]
    public void Extract_ReportedSpeech_AttributedToTheOrganisation(string sentence, string fragment)
    {
        var quotes = QuoteArticles.Extract("Zentra Corp. published its results this week.\n\n" + sentence, "en", "Zentra Corp. results");

        QuoteAssert.Said(quotes, "Zentra Corp.", fragment, QuoteKind.Reported);
    }

    [Fact]
    public void Extract_RoleNounAndDocument_ResolveToTheirAntecedents()
    {
        var quotes = QuoteArticles.Extract("""
            A report by the Harwell Institute found that rents rose 9 percent last year. The report says that young people are worst hit.

            The city's mayor, Ana Duarte, responded on Friday. The mayor said that new housing would be built on the old rail yards.
            """, "en");

        QuoteAssert.Said(quotes, "Harwell Institute", "young people are worst hit");
        QuoteAssert.Said(quotes, "Ana Duarte", "new housing would be built");
    }

    [Fact]
    public void Extract_PartialQuoteInReportedSentence_IsPartial()
    {
        var quotes = QuoteArticles.Extract("""
            The opposition leader, Karen Wu, described the plan as “a gift to landlords” in a speech on Sunday.
            """, "en");

        QuoteAssert.Said(quotes, "Karen Wu", "a gift to landlords", QuoteKind.Partial);
    }

    [Fact]
    public void Extract_QuoteWithoutCueInNextParagraph_SameSpeakerAsQuoteBefore()
    {
        var quotes = QuoteArticles.Extract("""
            Council leader Priya Nandra defended the cuts on Tuesday, and the opposition leader, Tom Hurst, attacked them.

            "We had to balance the books," Nandra said.

            "Nobody wanted to close libraries, but the law is clear."
            """, "en");

        QuoteAssert.Said(quotes, "Priya Nandra", "Nobody wanted to close libraries");
    }
}
