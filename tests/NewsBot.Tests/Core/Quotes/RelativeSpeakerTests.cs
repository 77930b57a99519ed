namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "his sister said", "Walsh's mother told reporters", "assure le frère de Nordahl Lelandais": a relative speaks, never the
/// person they are related to. The relative is the one person of the story who shares that surname and fits the tie's
/// gender, else the tie as written.
/// </summary>
public sealed class RelativeSpeakerTests
{
    [Theory]
    [InlineData("Tom Walsh, 34, was arrested in Leeds on Monday. Rachel Walsh waited outside the court all day. \"He has never hurt anyone in his life,\" his sister said.", "Rachel Walsh")]
    [InlineData("Tom Walsh, 34, was arrested in Leeds on Monday. Rachel Walsh waited outside the court all day. \"He has never hurt anyone in his life,\" said the sister of Tom Walsh.", "Rachel Walsh")]
    [InlineData("Tom Walsh, 34, was arrested in Leeds on Monday. Rachel Walsh waited outside the court all day. \"He has never hurt anyone in his life,\" Tom Walsh's sister told reporters.", "Rachel Walsh")]
    [InlineData("Tom Walsh, 34, was arrested in Leeds on Monday. \"He has never hurt anyone in his life,\" his mother said.", "Tom Walsh's mother")]
    [InlineData("Tom Walsh, 34, was arrested in Leeds on Monday. \"He has never hurt anyone in his life,\" Walsh's father told reporters.", "Tom Walsh's father")]
    [InlineData("Tom Walsh, 34, was arrested in Leeds on Monday. \"He has never hurt anyone in his life,\" the victim's mother said.", "victim's mother")]
    public void Extract_EnglishRelative_IsTheNamedRelativeElseTheTie(string text, string speaker)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, "never hurt anyone");
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_RelativeNamedInApposition_IsThatPersonNotTheOneSharingTheSurname()
    {
        var text = "Nilufer Kaya, one of Turkey's most loved folk singers, died on Sunday at the age of 71. \"She gave her whole life to her songs,\" her son, Emre Kaya, told the state news agency Anadolu. President Recep Tayyip Erdogan paid tribute on Twitter. \"We have lost a voice that belonged to all of us,\" he wrote.";

        var quotes = QuoteArticles.Extract(text, "en");

        Assert.Equal("Emre Kaya", QuoteAssert.Said(quotes, "Emre Kaya", "her whole life").Speaker);
        QuoteAssert.Said(quotes, "Recep Tayyip Erdogan", "We have lost a voice");
    }

    [Fact]
    public void Extract_TwoRelativesWhoFit_NeitherIsChosen()
    {
        var text = "Tom Walsh, 34, was arrested in Leeds on Monday. Rachel Walsh and Emma Walsh waited outside the court all day. \"He has never hurt anyone in his life,\" his sister said.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Tom Walsh's sister", "never hurt anyone");
        Assert.Equal("Tom Walsh's sister", quote.Speaker);
    }

    [Fact]
    public void Extract_FrenchBrotherNamedBefore_IsThatBrother()
    {
        var text = "Le frère du suspect a accepté de se confier au micro de RTL. Et pour Sven Lelandais, ces deux morts ne peuvent être qu'accidentelles. « Je le sens incapable de pouvoir faire du mal gratuitement », assure le frère de Nordahl Lelandais.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Sven Lelandais", "incapable de pouvoir");
        Assert.Equal("Sven Lelandais", quote.Speaker);
    }

    [Fact]
    public void Extract_FrenchRelativeOfTheOtherGender_IsNotThatRelative()
    {
        var text = "Nordahl Lelandais a été mis en examen mercredi. Julie Lelandais n'a pas souhaité s'exprimer. « Je le sens incapable de pouvoir faire du mal gratuitement », assure le frère de Nordahl Lelandais.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "frère de Nordahl Lelandais", "incapable de pouvoir");
        Assert.Equal("frère de Nordahl Lelandais", quote.Speaker);
    }

    [Fact]
    public void Extract_FrenchPossessiveSon_IsNoEnglishSon()
    {
        var text = "Laurent Escure a maintenu son appel à la grève, tout en reconnaissant que « l'annonce permet peut-être de sortir par le haut ».";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Laurent Escure", "sortir par le haut");
    }
}
