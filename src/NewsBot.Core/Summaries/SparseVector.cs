namespace NewsBot.Core.Summaries;

/// <summary>A TF-IDF vector as parallel arrays of term ids (ascending) and weights, L2-normalised so a dot product is a cosine.</summary>
internal sealed class SparseVector
{
    public static SparseVector Empty { get; } = new([], []);

    public SparseVector(int[] terms, double[] weights)
    {
        Terms = terms;
        Weights = weights;
    }

    public int[] Terms { get; }

    public double[] Weights { get; }

    public bool IsEmpty => Terms.Length == 0;

    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            var a = Terms[i];
            var b = other.Terms[j];
            if (a == b)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
