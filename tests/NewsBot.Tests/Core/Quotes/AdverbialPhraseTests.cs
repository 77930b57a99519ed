using NewsBot.Core.Quotes;

namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "X a de son côté prévenu que", "a pour sa part estimé que", "a quant à lui jugé que": French writers put adverbial
/// phrases between the auxiliary and the participle; the subject before them still speaks.
/// </summary>
public sealed class AdverbialPhraseTests
{
    [Theory]
    [InlineData("Olivier Marleix a de son côté prévenu que ses députés ne voteraient pas le texte en l'état.", "Olivier Marleix", "ses députés ne voteraient pas")]
    [InlineData("Marine Le Pen a pour sa part estimé que la réforme était injuste et brutale.", "Marine Le Pen", "la réforme était injuste")]
    [InlineData("Bruno Retailleau a quant à lui estimé que la réforme arrivait beaucoup trop tard.", "Bruno Retailleau", "arrivait beaucoup trop tard")]
    [InlineData("Le ministre Gabriel Attal a par ailleurs assuré que rien n'était encore décidé.", "Gabriel Attal", "rien n'était encore décidé")]
    [InlineData("Marine Tondelier a à son tour rappelé que le climat devait passer avant tout.", "Marine Tondelier", "le climat devait passer")]
    public void Extract_AdverbialPhraseBeforeTheParticiple_KeepsTheSubject(string sentence, string speaker, string fragment)
    {
        // A sentence after the clause: the clause is no longer the article's last words.
        var text = "Le texte sur les retraites arrive mardi à l'Assemblée. " + sentence + " Le vote aura lieu dans la nuit.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), speaker, fragment, QuoteKind.Reported);
    }
}
