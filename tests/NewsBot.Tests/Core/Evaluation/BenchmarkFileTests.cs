using NewsBot.Core.Evaluation.Benchmark;

namespace NewsBot.Tests.Core.Evaluation;

public sealed class BenchmarkFileTests
{
    private const string Good = """{"id": "a", "lang": "en", "text": "Rates rose on Monday.", "reference": "Rates rose."}""";

    [Fact]
    public void Parse_ValidLinesAndBlankLines_ReadsEveryArticle()
    {
        var articles = Parse(Good + "\n\n" + """{"id": "b", "lang": "fr", "title": "Titre", "text": "Le texte.", "reference": "Le résumé."}""" + "\n");

        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.Null(articles[0].Title);
        Assert.Equal(("fr", "Titre", "Le résumé."), (articles[1].Language, articles[1].Title, articles[1].Reference));
    }

    [Theory]
    [InlineData("{not json", "line 2: not a JSON object")]
    [InlineData("""{"id": "c", "lang": "en", "text": "Text."}""", "line 2: \"reference\" is missing or empty")]
    [InlineData("""{"id": "c", "lang": "", "text": "Text.", "reference": "R."}""", "line 2: \"lang\" is missing or empty")]
    [InlineData("""{"id": "a", "lang": "en", "text": "Again.", "reference": "R."}""", "line 2: the id \"a\" appears twice")]
    [InlineData("null", "line 2: null instead of an article object")]
    public void Parse_BadLine_ThrowsWithLineNumberAndReason(string line, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(Good + "\n" + line));

        Assert.Contains("bench.jsonl " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsbot-no-such-bench-" + Guid.NewGuid().ToString("N") + ".jsonl");

        var error = Assert.Throws<FileNotFoundException>(() => BenchmarkFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<BenchmarkArticle> Parse(string text)
    {
        using var reader = new StringReader(text);
        return BenchmarkFile.Parse(reader, "bench.jsonl");
    }
}
