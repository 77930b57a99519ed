namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "L'entourage de Gérald Darmanin assure que", "l'entourage du chef de l'État assure que", "The family of Tom Walsh said":
/// the name in the complement is whom the speakers are close to, not who speaks.
/// </summary>
public sealed class CloseToOwnerTests
{
    [Theory]
    [InlineData("fr", "Le Canard enchaîné révèle que l'Élysée a dépensé 500.000 euros. Interrogé, l'entourage du chef de l'État assure que \"toutes les règles ont été respectées\".", "entourage du chef de l'État", "toutes les règles")]
    [InlineData("fr", "Le Canard enchaîné révèle que le ministre était informé. L'entourage de Gérald Darmanin assure que le ministre n'a jamais été prévenu.", "entourage de Gérald Darmanin", "jamais été prévenu")]
    [InlineData("fr", "Nordahl Lelandais a été mis en examen mercredi. La mère de Nordahl Lelandais a déclaré qu'elle ne croyait pas à sa culpabilité.", "mère de Nordahl Lelandais", "ne croyait pas")]
    [InlineData("en", "Tom Walsh was arrested in Leeds on Monday. The family of Tom Walsh said they were shocked by the arrest.", "Tom Walsh's family", "shocked by the arrest")]
    public void Extract_NameInTheComplementOfThoseCloseToIt_IsNotTheSpeaker(string language, string text, string speaker, string fragment)
    {
        var quote = QuoteAssert.Said(QuoteArticles.Extract(text, language), speaker, fragment);
        Assert.Equal(speaker, quote.Speaker);
    }
}
