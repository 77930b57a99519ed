using NewsBot.Core.Search;

namespace NewsBot.Tests.Core.Search;

public sealed class SearchQueryParserTests
{
    [Fact]
    public void Parse_MixedSyntax_GivesWordsPhrasesPrefixesAndExclusions()
    {
        var query = SearchQueryParser.Parse("binance \"user data\" crypt* -russia -\"federal agencies\"");

        Assert.Equal(
        [
            new SearchTerm(SearchTermKind.Word, "binance", false),
            new SearchTerm(SearchTermKind.Phrase, "user data", false),
            new SearchTerm(SearchTermKind.Prefix, "crypt", false),
            new SearchTerm(SearchTermKind.Word, "russia", true),
            new SearchTerm(SearchTermKind.Phrase, "federal agencies", true),
        ], query.Terms);
        Assert.True(query.CanRun);
    }

    [Fact]
    public void Parse_PrefixShorterThanThreeLetters_IsSearchedAsAWordAndSaysSo()
    {
        var query = SearchQueryParser.Parse("eu* x* -ab* cry*");

        Assert.Equal(
        [
            new SearchTerm(SearchTermKind.Word, "eu", false),
            new SearchTerm(SearchTermKind.Word, "x", false),
            new SearchTerm(SearchTermKind.Word, "ab", true),
            new SearchTerm(SearchTermKind.Prefix, "cry", false),
        ], query.Terms);
        Assert.Equal(
        [
            "`eu*` was searched as the word `eu`: a prefix needs at least 3 letters.",
            "`x*` was searched as the word `x`: a prefix needs at least 3 letters.",
            "`ab*` was searched as the word `ab`: a prefix needs at least 3 letters.",
        ], query.Notes);
        Assert.Empty(SearchQueryParser.Parse("crypt* \"eu\" eu").Notes);
    }

    [Theory]
    [InlineData("\"NEAR(")]
    [InlineData("AND OR")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("title:binance")]
    [InlineData("a* b** *c (d) {e} [f] ^g h:i")]
    [InlineData("\"unclosed phrase")]
    [InlineData("U.S. e-mail l'agence")]
    public void Parse_HostileInput_KeepsOnlyLettersAndDigits(string text)
    {
        var query = SearchQueryParser.Parse(text);

        Assert.True(query.CanRun);
        Assert.All(query.Terms, t => Assert.Matches(@"^[\p{L}\p{Mn}\p{Nd} ]+$", t.Text));
    }

    [Theory]
    [InlineData("", "Type one or more words")]
    [InlineData("   ", "Type one or more words")]
    [InlineData("*", "Type one or more words")]
    [InlineData("\"\"", "Type one or more words")]
    [InlineData("-russia", "Add a word to look for")]
    public void Parse_NothingToLookFor_SaysWhatToDo(string text, string problem)
    {
        var query = SearchQueryParser.Parse(text);

        Assert.False(query.CanRun);
        Assert.StartsWith(problem, query.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverlongQuery_IsRefusedWithTheLimit()
    {
        var query = SearchQueryParser.Parse(new string('a', SearchQueryParser.MaxLength + 1));

        Assert.False(query.CanRun);
        Assert.Contains(SearchQueryParser.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), query.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyWords_KeepsTheFirstSixteen()
    {
        var query = SearchQueryParser.Parse(string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i)));

        Assert.Equal(SearchQueryParser.MaxTerms, query.Terms.Count);
    }

    [Fact]
    public void Fts5Expression_QuotesEveryTerm()
    {
        var expression = Fts5Expression.From(SearchQueryParser.Parse("near OR crypt* -\"bad news\""));

        Assert.Equal("(\"near\" \"OR\" \"crypt\"*) NOT (\"bad news\")", expression);
    }
}
