using System.Text.Json;

namespace NewsBot.Core.Evaluation.Benchmark;

/// <summary>
/// Reads a benchmark JSONL file. A malformed line stops the read with its line number and what is wrong: a benchmark
/// silently scored on fewer articles than the file holds would report a figure nobody can compare.
/// </summary>
public static class BenchmarkFile
{
    public static IReadOnlyList<BenchmarkArticle> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The benchmark file {path} does not exist.", path);
        }

        using var reader = File.OpenText(path);
        return Parse(reader, path);
    }

    public static IReadOnlyList<BenchmarkArticle> Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var articles = new List<BenchmarkArticle>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = ParseLine(line, source, number);
            if (!ids.Add(article.Id))
            {
                throw Problem(source, number, $"the id \"{article.Id}\" appears twice");
            }

            articles.Add(article);
        }

        return articles;
    }

    private static BenchmarkArticle ParseLine(string line, string source, int number)
    {
        BenchmarkLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(line, BenchmarkJsonContext.Default.BenchmarkLine);
        }
        catch (JsonException e)
        {
            throw Problem(source, number, "not a JSON object (" + e.Message + ")", e);
        }

        if (parsed is null)
        {
            throw Problem(source, number, "null instead of an article object");
        }

        return new BenchmarkArticle(
            Required(parsed.Id, "id", source, number),
            Required(parsed.Lang, "lang", source, number),
            string.IsNullOrWhiteSpace(parsed.Title) ? null : parsed.Title,
            Required(parsed.Text, "text", source, number),
            Required(parsed.Reference, "reference", source, number));
    }

    private static string Required(string? value, string field, string source, int number) =>
        string.IsNullOrWhiteSpace(value) ? throw Problem(source, number, $"\"{field}\" is missing or empty") : value;

    private static InvalidDataException Problem(string source, int number, string what, Exception? inner = null) =>
        new($"{source} line {number}: {what}.", inner);
}
