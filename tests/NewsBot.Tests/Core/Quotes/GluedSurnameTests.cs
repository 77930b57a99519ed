namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Scraped English copy glues a photo caption to the next sentence, so the caption's last words and the speaker's surname
/// read as one name ("… sixth in the Scottish Premiership Lowther, 41, said"). A surname of someone already named, at the end
/// of such a run, is that person. And "He said" right after someone of unknown gender spoke goes on with them, rather than
/// to a man named further back.
/// </summary>
public sealed class GluedSurnameTests
{
    [Fact]
    public void Extract_CaptionGluedBeforeAKnownSurname_ThePersonSpeaks()
    {
        var text = "Gary Lowther will be confirmed as Dundee's manager on Friday. Bill Macrae, the chairman, is happy. Lowther has lifted the team from tenth to sixth in the Scottish Premiership Lowther, 41, said last week that he wanted the job. 'I've been at this club since I was a boy,' he said.";
        var quotes = QuoteArticles.Extract(text, "en");

        var reported = QuoteAssert.Said(quotes, "Gary Lowther", "he wanted the job");
        Assert.Equal("Gary Lowther", reported.Speaker);
        QuoteAssert.Said(quotes, "Gary Lowther", "I've been at this club");
    }

    [Fact]
    public void Extract_FrenchBrothersSharingASurname_StayApart()
    {
        var text = "Nordahl Lelandais est mis en examen. Pour la première fois, Sven Lelandais a accepté de se confier à RTL. « Ce n'est pas un tueur froid », assure Sven Lelandais.";

        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Sven Lelandais", "Ce n'est pas un tueur froid");
        Assert.Equal("Sven Lelandais", quote.Speaker);
    }

    [Fact]
    public void Extract_HeAfterSomeoneOfUnknownGenderSpoke_GoesOnWithThem()
    {
        var text = "Greece faces a deadline.\n\nDeputy finance minister Dimitris Mardas said that Greece would pay on time. \"We are ready to pay on April 9,\" he said. Germany's Spiegel Online quoted Belgian Finance Minister Koen Van Overtveldt as saying that a delay was out of the question. He said the Eurogroup would not release further funds to Greece.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), "Koen Van Overtveldt", "the Eurogroup would not release");
    }
}
