namespace NewsBot.Core.Language.Stemming;

/// <summary>The word being stemmed and its regions; regions are start offsets that stay valid as suffixes change.</summary>
public sealed partial class FrenchStemmer
{
    private sealed class Word
    {
        public Word(string text)
        {
            Text = text;
            Rv = MarkRv(text);
            R1 = RegionAfter(text, 0);
            R2 = RegionAfter(text, R1);
        }

        public string Text { get; set; }

        public int Rv { get; }

        public int R1 { get; }

        public int R2 { get; }

        public bool EndsWith(string suffix) => Text.EndsWith(suffix, StringComparison.Ordinal);

        /// <summary>Start of a suffix of length <paramref name="length"/>.</summary>
        public int At(int length) => Text.Length - length;

        public void Replace(int length, string replacement) => Text = Text[..^length] + replacement;

        /// <summary>The character just before a suffix of <paramref name="length"/>, or '\0'.</summary>
        public char Before(int length) => Text.Length > length ? Text[Text.Length - length - 1] : '\0';

        private static int MarkRv(string w)
        {
            if (w.Length >= 3 && IsVowel(w[0]) && IsVowel(w[1]))
            {
                return 3;
            }

            if (w.StartsWith("par", StringComparison.Ordinal) || w.StartsWith("col", StringComparison.Ordinal)
                || w.StartsWith("tap", StringComparison.Ordinal))
            {
                return 3;
            }

            for (var i = 1; i < w.Length; i++)
            {
                if (IsVowel(w[i]))
                {
                    return i + 1;
                }
            }

            return w.Length;
        }

        private static int RegionAfter(string w, int from)
        {
            for (var i = from + 1; i < w.Length; i++)
            {
                if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
                {
                    return i + 1;
                }
            }

            return w.Length;
        }
    }
}
