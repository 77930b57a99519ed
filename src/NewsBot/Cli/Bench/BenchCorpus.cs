using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Ingest;

namespace NewsBot.Cli.Bench;

/// <summary>
/// Real news for benchmarks, repeated to any size: each copy gets its own source and a numbered first line, so copies are
/// distinct articles to the index (a plain repeat would be recognised as a duplicate and skip all the work being measured).
/// </summary>
internal sealed class BenchCorpus(IReadOnlyList<RawDocument> originals)
{
    public int Originals => originals.Count;

    public static BenchCorpus Load(IEnumerable<string> files)
    {
        var documents = new List<RawDocument>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"{file}: no such file. The benchmark files are in ../shared/bench/ beside the checkout.", file);
            }

            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw new InvalidDataException($"{file}:{number}: no \"text\" field");
                }

                documents.Add(new RawDocument($"{file}#L{number}", text, DocumentFormat.PlainText,
                    Title: root.TryGetProperty("title", out var title) ? title.GetString() : null,
                    Language: root.TryGetProperty("lang", out var lang) ? lang.GetString() : null));
            }
        }

        return documents.Count == 0 ? throw new InvalidDataException("The benchmark files hold no articles.") : new BenchCorpus(documents);
    }

    public IEnumerable<RawDocument> Repeat(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var original = originals[i % originals.Count];
            var copy = i / originals.Count;
            yield return copy == 0 ? original : original with
            {
                Source = original.Source + "/copy" + copy.ToString(CultureInfo.InvariantCulture),
                Content = string.Create(CultureInfo.InvariantCulture, $"Edition {copy}.\n") + original.Content,
            };
        }
    }

    /// <summary>Search terms people would type: the longer words of the titles and first lines of the articles.</summary>
    public IReadOnlyList<string> QueryWords(int count)
    {
        var words = originals
            .SelectMany(d => (d.Title ?? d.Content[..Math.Min(200, d.Content.Length)]).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string([.. w.Where(char.IsLetter)]))
            .Where(w => w.Length >= 5)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return [.. Enumerable.Range(0, count).Select(i => words[(int)((i * 7919L) % words.Count)])];
    }
}
