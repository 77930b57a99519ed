using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// Speaker classes seen in real CNN / Daily Mail articles (the independent development sets), each with phrasings of its
/// own: the subject of the previous sentence for he/she, generational suffixes, tabloid cue verbs, a city's police, a
/// generic noun for a named public body, "quoted X as saying".
/// </summary>
public sealed class RealNewsSpeakerTests
{
    [Theory]
    [InlineData("Paul Heathcote, acting for the minister, banned Mr Guffick from teaching for two years. He said: 'His actions were deliberate.'", "Paul Heathcote")]
    [InlineData("Judge Mark Ellis sentenced Mr Dean to six years on Friday. He said: 'His actions were deliberate.'", "Mark Ellis")]
    public void Extract_PronounAfterSentenceNamingTwoMen_TheSubjectSpeaks(string text, string speaker)
    {
        QuoteAssert.Said(QuoteArticles.Extract(text, "en"), speaker, "His actions were deliberate", QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Kenneth Morgan Stancil III", "Stancil")]
    [InlineData("Harold Dean Jr", "Dean")]
    public void Extract_SurnameAfterNameWithGenerationalSuffix_TheFullName(string full, string surname)
    {
        var quotes = QuoteArticles.Extract($"Deputies led {full} from court on Thursday. \"I knew I would get life anyway,\" {surname} said.", "en");

        Assert.Equal(full, QuoteAssert.Said(quotes, full, "I knew I would get life").Speaker);
    }

    [Theory]
    [InlineData("\"Yes, I know that,\" Stancil fired back.")]
    [InlineData("\"Yes, I know that,\" Stancil shot back.")]
    [InlineData("'Yes, I know that,' Stancil posted on Twitter.")]
    [InlineData("'Yes, I know that,' Stancil snapped.")]
    [InlineData("'Yes, I know that,' Stancil raged from the dock.")]
    public void Extract_TabloidCueVerb_TheQuoteIsTheSubjects(string sentence)
    {
        var quotes = QuoteArticles.Extract("Judge Arnold Jones told Ron Stancil that he faced the death penalty. " + sentence, "en");

        QuoteAssert.Said(quotes, "Ron Stancil", "Yes, I know that", QuoteKind.Direct);
    }

    [Fact]
    public void Extract_FiredWithoutBack_NoCue()
    {
        var quotes = QuoteArticles.Extract("The club fired its manager on Monday after a run of defeats.", "en");

        Assert.Empty(quotes);
    }

    [Fact]
    public void Extract_CityPoliceSaid_ThePoliceForceSpeaks()
    {
        var quotes = QuoteArticles.Extract(
            "Two screeners were fired after an inquiry at Denver International Airport, Denver police said. Officers said the scheme ran for months.", "en");

        Assert.Equal("Denver police", QuoteAssert.Said(quotes, "Denver police", "Two screeners were fired", QuoteKind.Reported).Speaker);
    }

    [Fact]
    public void Extract_GenericNounForNamedPublicBody_TheNamedBodySpeaks()
    {
        var quotes = QuoteArticles.Extract(
            "The Transportation Security Administration opened an inquiry in March. \"These acts are intolerable,\" the agency said.", "en");

        Assert.Equal("Transportation Security Administration", QuoteAssert.Said(quotes, "Transportation Security Administration", "These acts are intolerable").Speaker);
    }

    [Fact]
    public void Extract_AcronymOfAnAdministration_TheFullName()
    {
        var quotes = QuoteArticles.Extract(
            "Two Transportation Security Administration screeners were fired. TSA said it was trying to identify the passenger.", "en");

        Assert.Equal("Transportation Security Administration", QuoteAssert.Said(quotes, "Transportation Security Administration", "trying to identify").Speaker);
    }

    [Fact]
    public void Extract_QuotedAsSaying_TheOneQuotedSpeaks()
    {
        var quotes = QuoteArticles.Extract(
            "Greece denied it would default. Der Spiegel quoted a finance ministry official, Nikos Theocharakis, as saying Greece would not pay the IMF next week.", "en");

        QuoteAssert.Said(quotes, "Nikos Theocharakis", "Greece would not pay the IMF", QuoteKind.Reported);
    }

    [Theory]
    [InlineData("The Prime Minister said")]
    [InlineData("The Housing Secretary said")]
    public void Extract_CapitalisedTitleAfterOpeningNamesAPerson_ThatPerson(string cue)
    {
        var quotes = QuoteArticles.Extract(
            $"David Cameron this morning launched a furious attack on Labour over food banks. {cue} Labour had left millions trapped on welfare.", "en");

        QuoteAssert.Said(quotes, "David Cameron", "Labour had left millions trapped", QuoteKind.Reported);
    }

    [Fact]
    public void Extract_LowerCaseOfficeWithNobodyNamedFirst_TheOfficeSpeaks()
    {
        var quotes = QuoteArticles.Extract(
            "Food bank use rose again last year, figures show. The prime minister said Labour had left millions trapped on welfare.", "en");

        Assert.Equal("prime minister", QuoteAssert.Said(quotes, "prime minister", "Labour had left millions trapped").Speaker);
    }
}
