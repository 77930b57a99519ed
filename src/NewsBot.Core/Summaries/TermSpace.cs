using NewsBot.Core.Language.StopWords;

namespace NewsBot.Core.Summaries;

/// <summary>
/// The terms of the texts being summarised together: words lower-cased, stopwords dropped, stemmed, numbered; document
/// frequencies are counted per sentence so that IDF weighs terms by how few sentences share them.
/// </summary>
internal sealed class TermSpace
{
    private readonly StemCache _stems;
    private readonly StopWordList _stopWords;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];

    // The last document that counted each term, so a repeated term is counted once per document without a set per sentence.
    private readonly List<int> _lastDocument = [];
    private int _documents;

    public TermSpace(string language)
    {
        _stems = StemCache.For(language);
        _stopWords = StopWords.For(language);
    }

    /// <summary>The term ids of <paramref name="text"/>, in order, repeats kept.</summary>
    public List<int> Terms(string text)
    {
        var terms = new List<int>(text.Length / 6);
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            if (length > 1 && !_stopWords.Contains(buffer[..length]))
            {
                terms.Add(Id(_stems.Stem(buffer[..length])));
            }

            length = 0;
        }

        return terms;
    }

    /// <summary>Counts a sentence (or title) for document frequencies.</summary>
    public void Count(List<int> terms)
    {
        _documents++;
        foreach (var term in terms)
        {
            if (_lastDocument[term] != _documents)
            {
                _lastDocument[term] = _documents;
                _documentFrequency[term]++;
            }
        }
    }

    public double Idf(int term) => Math.Log((_documents + 1.0) / (_documentFrequency[term] + 0.5));

    /// <summary>TF-IDF with sub-linear term frequency, normalised to unit length.</summary>
    public SparseVector Vector(List<int> terms)
    {
        if (terms.Count == 0)
        {
            return SparseVector.Empty;
        }

        var sorted = terms.ToArray();
        Array.Sort(sorted);
        var distinct = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
        }

        var ids = new int[distinct];
        var weights = new double[distinct];
        var k = 0;
        double norm = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j < sorted.Length && sorted[j] == sorted[i])
            {
                j++;
            }

            ids[k] = sorted[i];
            weights[k] = (1 + Math.Log(j - i)) * Idf(sorted[i]);
            norm += weights[k] * weights[k];
            k++;
            i = j;
        }

        if (norm == 0)
        {
            return SparseVector.Empty;
        }

        norm = Math.Sqrt(norm);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= norm;
        }

        return new SparseVector(ids, weights);
    }

    private int Id(string stem)
    {
        if (!_ids.TryGetValue(stem, out var id))
        {
            id = _ids.Count;
            _ids.Add(stem, id);
            _documentFrequency.Add(0);
            _lastDocument.Add(0);
        }

        return id;
    }
}
