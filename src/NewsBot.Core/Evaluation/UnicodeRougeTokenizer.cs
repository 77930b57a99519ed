using System.Text;
using NewsBot.Core.Language.Stemming;

namespace NewsBot.Core.Evaluation;

/// <summary>
/// ROUGE tokens for languages with accented letters: runs of Unicode letters and digits, lower-cased, and with stemming on,
/// tokens longer than three characters stemmed with the language's Snowball stemmer ("été" stays one word, not "t").
/// </summary>
public sealed class UnicodeRougeTokenizer(IStemmer? stemmer) : IRougeTokenizer
{
    public IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            Flush(tokens, current);
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
        tokens.Add(stemmer is not null && token.Length > 3 ? stemmer.Stem(token) : token);
    }
}
