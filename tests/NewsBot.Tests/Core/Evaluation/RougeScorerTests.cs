using System.Text.Json;
using NewsBot.Core.Evaluation;
using NewsBot.Core.Language.Stemming;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.Evaluation;

public sealed class RougeScorerTests
{
    public static TheoryData<int, string> VectorCases()
    {
        var data = new TheoryData<int, string>();
        var index = 0;
        foreach (var c in Vectors())
        {
            data.Add(index++, c.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VectorCases))]
    public void Score_GoogleTestVector_MatchesRouge155(int index, string name)
    {
        var c = Vectors().ElementAt(index);
        Assert.Equal(name, c.GetProperty("name").GetString());
        var scorer = new RougeScorer(new AsciiRougeTokenizer(c.GetProperty("stem").GetBoolean()));
        var target = c.GetProperty("target").GetString()!;
        var prediction = c.GetProperty("prediction").GetString()!;

        var score = c.GetProperty("type").GetString() switch
        {
            "rouge1" => scorer.Rouge1(target, prediction),
            "rouge2" => scorer.Rouge2(target, prediction),
            "rougeL" => scorer.RougeL(target, prediction),
            "rougeLsum" => scorer.RougeLsum(target, prediction),
            var other => throw new InvalidOperationException(other),
        };

        Assert.Equal(c.GetProperty("P").GetDouble(), score.Precision, 1e-5);
        Assert.Equal(c.GetProperty("R").GetDouble(), score.Recall, 1e-5);
        Assert.Equal(c.GetProperty("F").GetDouble(), score.F, 1e-5);
    }

    [Fact]
    public void Score_Lead3ParityFile_MatchesEveryArticle()
    {
        var references = BenchData.ReadJsonLines("summ_en.jsonl").Concat(BenchData.ReadJsonLines("summ_fr.jsonl"))
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("reference").GetString()!);
        var plain = new RougeScorer(new AsciiRougeTokenizer(stem: false));
        var stemmed = new RougeScorer(new AsciiRougeTokenizer(stem: true));
        var checkedCount = 0;

        foreach (var item in BenchData.ReadJsonLines("rouge_parity_lead3.jsonl"))
        {
            var reference = references[item.GetProperty("id").GetString()!];
            var prediction = item.GetProperty("prediction").GetString()!;
            var scores = item.GetProperty("scores");
            AssertScores(plain.Score(reference, prediction), scores, string.Empty);
            if (scores.TryGetProperty("rouge1_stem", out _))
            {
                AssertScores(stemmed.Score(reference, prediction), scores, "_stem");
            }

            checkedCount++;
        }

        Assert.Equal(550, checkedCount);
    }

    [Fact]
    public void Tokenize_Ascii_SplitsAccentsAndStemsLongTokensOnly()
    {
        var tokens = new AsciiRougeTokenizer(stem: true).Tokenize("Running dogs ran; l'été");

        Assert.Equal(["run", "dog", "ran", "l", "t"], tokens);
    }

    [Fact]
    public void Tokenize_UnicodeFrench_KeepsAccentedWordsWhole()
    {
        var tokens = new UnicodeRougeTokenizer(FrenchStemmer.Instance).Tokenize("L'été, les abandonnées");

        Assert.Equal(["l", "été", "les", "abandon"], tokens);
    }

    [Fact]
    public void Score_EmptyTexts_AreZeroNotNaN()
    {
        var result = new RougeScorer(new AsciiRougeTokenizer(stem: true)).Score(string.Empty, string.Empty);

        Assert.Equal(RougeScore.Zero, result.Rouge1);
        Assert.Equal(RougeScore.Zero, result.RougeLsum);
    }

    private static void AssertScores(RougeResult actual, JsonElement expected, string suffix)
    {
        AssertScore(actual.Rouge1, expected.GetProperty("rouge1" + suffix));
        AssertScore(actual.Rouge2, expected.GetProperty("rouge2" + suffix));
        AssertScore(actual.RougeL, expected.GetProperty("rougeL" + suffix));
        AssertScore(actual.RougeLsum, expected.GetProperty("rougeLsum" + suffix));
    }

    private static void AssertScore(RougeScore actual, JsonElement expected)
    {
        Assert.Equal(expected.GetProperty("p").GetDouble(), actual.Precision, 1e-5);
        Assert.Equal(expected.GetProperty("r").GetDouble(), actual.Recall, 1e-5);
        Assert.Equal(expected.GetProperty("f").GetDouble(), actual.F, 1e-5);
    }

    private static IEnumerable<JsonElement> Vectors()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(BenchData.PathOf("rouge_testvectors.json")));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(e => e.Clone())];
    }
}
