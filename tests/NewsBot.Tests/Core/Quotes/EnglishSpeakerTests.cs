using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// English speaker attribution for the error classes of the blind set: bodies named with of/and/for, pronoun gender,
/// role-only speakers, nationality epithets, families and "it" after a name holding a place word.
/// </summary>
public sealed class EnglishSpeakerTests
{
    [Theory]
    [InlineData("the Department for Work and Pensions")]
    [InlineData("the Food and Drug Administration")]
    [InlineData("the Royal Society for the Protection of Birds")]
    [InlineData("the National Farmers' Union")]
    [InlineData("the Department of Health and Social Care")]
    public void Extract_SpokespersonOfBodyWithConnectors_SpeakerIsTheWholeName(string body)
    {
        var quotes = QuoteArticles.Extract($"""
            New figures were published on Tuesday.

            "We will look at the figures closely," a spokesperson for {body} said.
            """, "en");

        Assert.Equal(body[4..], QuoteAssert.Said(quotes, body[4..], "We will look at the figures closely").Speaker);
    }

    [Fact]
    public void Extract_SheAfterManOfUnknownGender_GoesToTheWomanNamed()
    {
        var quotes = QuoteArticles.Extract("""
            Chief executive Tunde Okonjo met the regulator's chair, Mrs Ngozi Balogun, on Friday.

            "We made real progress," Okonjo said. "The talks were frank and useful," she said.

            Balogun later said the review would end in May. "Nobody is above the rules," she added.
            """, "en");

        QuoteAssert.Said(quotes, "Tunde Okonjo", "We made real progress");
        QuoteAssert.Said(quotes, "Ngozi Balogun", "The talks were frank and useful");
        QuoteAssert.Said(quotes, "Ngozi Balogun", "Nobody is above the rules");
    }

    [Fact]
    public void Extract_PronounIntroducedInSentence_GivesGender()
    {
        var quotes = QuoteArticles.Extract("""
            The former minister Siobhan Kerrigan, 58, said on Monday that she would run for mayor. Party chairman Declan Moore welcomed it.

            "I am ready," Moore said. "London deserves better," she told reporters.
            """, "en");

        QuoteAssert.Said(quotes, "Declan Moore", "I am ready");
        QuoteAssert.Said(quotes, "Siobhan Kerrigan", "London deserves better");
    }

    [Theory]
    [InlineData("the prime minister said", "prime minister")]
    [InlineData("the judge said", "judge")]
    [InlineData("a fire service spokesman said", "fire service")]
    public void Extract_RoleWithNoNamedHolder_RoleSpeaksNotLastNamedPerson(string cue, string speaker)
    {
        var quotes = QuoteArticles.Extract($"""
            Opposition leader Karen Dunmore criticised the decision on Thursday.

            "This will not stand, and the public deserves better," {cue}.
            """, "en");

        Assert.Equal(speaker, QuoteAssert.Said(quotes, speaker, "This will not stand").Speaker);
    }

    [Fact]
    public void Extract_NationalityEpithet_IsThePersonNamedEarlier()
    {
        var quotes = QuoteArticles.Extract("""
            Jannik Sinner beat the Australian Alex de Minaur in straight sets on Friday.

            "I felt great from the first point," Sinner said. "He played too well today," the Australian said.

            Sinner faces Novak Djokovic next. "He is the greatest," the Italian said.
            """, "en");

        QuoteAssert.Said(quotes, "Alex de Minaur", "He played too well today");
        Assert.DoesNotContain(quotes, q => q.Speaker is "Australian" or "Italian");
    }

    [Fact]
    public void Extract_FamilyAsSpeaker_IsTheNamedPersonsFamily()
    {
        var quotes = QuoteArticles.Extract("""
            A cyclist who died after a crash in Bristol has been named as Owen Pryce, 41. Police appealed for witnesses.

            Pryce's family said in a statement: "He was a devoted father." His family said they wanted answers.
            """, "en");

        Assert.Equal("Owen Pryce's family", QuoteAssert.Said(quotes, "Owen Pryce's family", "He was a devoted father").Speaker);
        QuoteAssert.Said(quotes, "Owen Pryce's family", "they wanted answers", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_ItAfterNameHoldingPlaceWord_IsTheOrganisation()
    {
        var quotes = QuoteArticles.Extract("""
            Volvo Europe said on Monday it would close its plant in Ghent next year.

            "The decision was not taken lightly," it said in a statement. The company said 900 jobs would go.
            """, "en");

        QuoteAssert.Said(quotes, "Volvo Europe", "The decision was not taken lightly");
        QuoteAssert.Said(quotes, "Volvo Europe", "900 jobs would go", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_UnionNounAfterNamedUnion_IsThatUnion()
    {
        var quotes = QuoteArticles.Extract("""
            Train drivers will strike next week, Transport Minister Ruth Cadogan said. The Rail and Maritime Transport Union confirmed the dates.

            The union said talks had failed. "We have been left with no choice," the union said.
            """, "en");

        QuoteAssert.Said(quotes, "Rail and Maritime Transport Union", "talks had failed", QuoteKind.Reported);
        QuoteAssert.Said(quotes, "Rail and Maritime Transport Union", "We have been left with no choice");
    }
}
