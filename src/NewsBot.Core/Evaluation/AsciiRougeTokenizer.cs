using System.Text;
using NewsBot.Core.Language.Stemming;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// Google rouge-score's tokenizer: lower-case, every character outside a-z and 0-9 separates tokens, and with stemming on,
/// tokens longer than three characters go through NLTK's Porter stemmer. Accented letters are separators too, which is why
/// French text is also scored with <see cref="UnicodeRougeTokenizer"/>.
/// </summary>
public sealed class AsciiRougeTokenizer(bool stem) : IRougeTokenizer
{
    public bool Stemming { get; } = stem;

    public IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.ToLowerInvariant())
        {
            if (raw is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                current.Append(raw);
            }
            else
            {
                Flush(tokens, current);
            }
        }

        Flush(tokens, current);
        return tokens;
    }

    private void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var token = current.ToString();
        current.Clear();
        tokens.Add(Stemming && token.Length > 3 ? PorterStemmer.Instance.Stem(token) : token);
    }
}
