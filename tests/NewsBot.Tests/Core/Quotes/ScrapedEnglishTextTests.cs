using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// English articles as scraped from CNN and Daily Mail pages: one line per article, captions and "Scroll down for video"
/// glued into sentences without a full stop, single marks that double as apostrophes, titles after an employer.
/// </summary>
public sealed class ScrapedEnglishTextTests
{
    [Theory]
    [InlineData("NASA chief scientist Ellen Stofan", "Ellen Stofan")]
    [InlineData("ESA mission scientist Marta Kowalczyk", "Marta Kowalczyk")]
    [InlineData("BBC political editor Laura Kenney", "Laura Kenney")]
    public void Extract_EmployerBeforeTitleAndName_TheNamedPersonSpeaks(string subject, string speaker)
    {
        var quotes = QuoteArticles.Extract($"The probe landed last spring. \"We now have the first sample,\" {subject} said Tuesday at a briefing.", "en");

        Assert.Equal(speaker, QuoteAssert.Said(quotes, speaker, "We now have the first sample", QuoteKind.Direct).Speaker);
    }

    [Fact]
    public void Extract_ToldANewspaper_TheNewspaperIsNotTheSpeaker()
    {
        var quotes = QuoteArticles.Extract(
            "Blues legend B.B. King was taken to hospital. He is \"much better now,\" his daughter, Claudette King, told the Los Angeles Times.", "en");

        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("Times", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a system which 'punished the poor' Mr Cameron, in a speech today, said", "David Cameron")]
    [InlineData("a system which punished the poor Scroll down for video Mr Cameron, in a speech today, said", "David Cameron")]
    [InlineData("a system which punished the poor He said", "David Cameron")]
    public void Extract_CaptionGluedWithoutFullStop_NextSpeakerKeepsHisClause(string glued, string speaker)
    {
        var quotes = QuoteArticles.Extract(
            $"David Cameron attacked Labour on Tuesday. The Prime Minister said Labour had left millions trapped in {glued} the Tories were overhauling the benefit system.", "en");

        QuoteAssert.Said(quotes, speaker, "the Tories were overhauling the benefit system", QuoteKind.Reported);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("left millions", StringComparison.Ordinal) && q.Text.Contains("overhauling", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CaptionRepeatingAQuote_OneQuote()
    {
        const string Line = "Mr Cameron accused Labour of having 'some brass neck', adding: 'Don't you dare lecture us on poverty.'";
        var quotes = QuoteArticles.Extract($"David Cameron spoke in Bedford. {Line} The speech lasted an hour. {Line}", "en");

        Assert.Single(quotes, q => q.Text.StartsWith("Don't you dare", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_QuoteClosedBeforeASentenceStartingWithSaid_CueFromTheNextSentence()
    {
        var quotes = QuoteArticles.Extract(
            "The awards were held on Wednesday. 'We are proud to honour Alicia Keys for her artistry.' said Recording Academy president Neil Portnow.", "en");

        QuoteAssert.Said(quotes, "Neil Portnow", "We are proud to honour Alicia Keys", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("'We honour creators' rights as a founding member of the Academy,' said Neil Portnow.", "creators' rights as a founding member")]
    [InlineData("'They took my players' wages and never paid them back,' said Neil Portnow.", "players' wages and never paid")]
    public void Extract_PluralPossessiveInsideSingleQuotes_IsAnApostrophe(string sentence, string fragment)
    {
        var quotes = QuoteArticles.Extract("The awards were held on Wednesday. " + sentence, "en");

        QuoteAssert.Said(quotes, "Neil Portnow", fragment, QuoteKind.Direct);
    }

    [Fact]
    public void Extract_SingleQuoteClosingAfterPlural_StillCloses()
    {
        var quotes = QuoteArticles.Extract(
            "Mila Kunis is being sued by Kristina Karo, who says the actress 'stole her pet chickens' as children. 'It was my hen,' Karo said.", "en");

        QuoteAssert.Said(quotes, "Kristina Karo", "It was my hen", QuoteKind.Direct);
        QuoteAssert.NoQuoteContains(quotes, "as children. ");
    }

    [Fact]
    public void Extract_CapitalisedOpenerGluedAfterName_NotPartOfTheName()
    {
        var quotes = QuoteArticles.Extract(
            "The singer is suing the actress for $5,000, according to Kristina Karo In her lawsuit, she says the actress took her hen. 'It was mine,' Karo said.", "en");

        Assert.All(quotes, q => Assert.DoesNotContain(" In", q.Speaker, StringComparison.Ordinal));
        QuoteAssert.Said(quotes, "Kristina Karo", "It was mine");
    }

    [Theory]
    [InlineData("Fowler responded to the troll that he 'should check his facts', reports the Golf Channel.", QuoteKind.Reported)]
    [InlineData("Fowler told the troll that he 'should check his facts', the Golf Channel reported.", QuoteKind.Reported)]
    public void Extract_OutletRelayingTheSentencesOwnSpeaker_TheSpeakerNotTheOutlet(string sentence, QuoteKind kind)
    {
        var quotes = QuoteArticles.Extract("Rickie Fowler has defended his girlfriend against an online troll. " + sentence, "en");

        QuoteAssert.Said(quotes, "Rickie Fowler", "should check his facts", kind);
    }

    [Fact]
    public void Extract_OutletReportingAlone_TheOutletSpeaks()
    {
        var quotes = QuoteArticles.Extract("Jobs will go at the plant. The plant will close in May, the Financial Times reported.", "en");

        QuoteAssert.Said(quotes, "Financial Times", "The plant will close in May", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_AcronymAfterCapitalisedArticle_TheFullName()
    {
        var quotes = QuoteArticles.Extract(
            "Two Transportation Security Administration screeners were fired. The TSA said it was trying to identify the passenger.", "en");

        Assert.Equal("Transportation Security Administration", QuoteAssert.Said(quotes, "Transportation Security Administration", "trying to identify").Speaker);
    }

    [Theory]
    [InlineData("Malenda Meacham Dressed in a team shirt, the fan drums along at every game")]
    [InlineData("Malenda Meacham Wearing a team shirt, the fan drums along at every game")]
    public void Extract_CaptionParticipleGluedAfterName_NotPartOfTheName(string caption)
    {
        var quotes = QuoteArticles.Extract(
            $"A basketball fan has become famous for her air drumming. {caption}. 'I play with aplomb,' Meacham said.", "en");

        Assert.Equal("Malenda Meacham", QuoteAssert.Said(quotes, "Malenda Meacham", "I play with aplomb").Speaker);
    }

    [Fact]
    public void Extract_TitleGluedAfterCaption_NotANameStartingWithThe()
    {
        var quotes = QuoteArticles.Extract(
            "Theresa Holloway attacked the opposition over rents. Scroll down for video The Housing Secretary said the last government had failed families.", "en");

        // The title written like a name is the person the opening sentence named (SpeakerResolver: LeadPerson), now that her
        // first name is known; before, the office spoke ("Housing Secretary"). Either way, never "The Housing Secretary".
        var quote = QuoteAssert.Said(quotes, "Theresa Holloway", "the last government had failed families", QuoteKind.Reported);
        Assert.False(quote.Speaker.StartsWith("The ", StringComparison.Ordinal), quote.Speaker);
    }

    [Theory]
    [InlineData("A Kempton spokesman said; ‘We wanted him to do it but he could not get back in time.’", "Kempton")]
    [InlineData("Coach Dan Ferris told reporters; 'We wanted him to do it but he could not get back in time.'", "Dan Ferris")]
    public void Extract_SemicolonTypedForColonAfterCue_TheCueSpeaks(string sentence, string speaker)
    {
        var quotes = QuoteArticles.Extract("The ceremony was moved to Saturday. " + sentence + " Fans will be told on Friday.", "en");

        Assert.Equal(speaker, QuoteAssert.Said(quotes, speaker, "We wanted him to do it", QuoteKind.Direct).Speaker);
    }

    [Fact]
    public void Extract_SemicolonAfterSentenceWithoutCue_NoSpeakerFromBeyondIt()
    {
        var quotes = QuoteArticles.Extract("Dan Ferris said the match was over; 'a disgrace' was written on a banner.", "en");

        QuoteAssert.NoQuoteContains(quotes, "a disgrace");
    }
}
