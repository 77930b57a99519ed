namespace NewsBot.Core.Evaluation;

/// <summary>Turns text into the tokens ROUGE compares.</summary>
public interface IRougeTokenizer
{
    IReadOnlyList<string> Tokenize(string text);
}
