namespace NewsBot.Tests.Core.Quotes;

/// <summary>
/// "Le comité de crise a estimé qu'il était « trop risqué … ». « Les opérations reprendront … », a-t-il ajouté": in French
/// "il" may stand for a body, and a cue that goes on ("a-t-il ajouté", "poursuit-elle") continues who just spoke.
/// </summary>
public sealed class FrenchGoingOnPronounTests
{
    [Theory]
    [InlineData("a-t-il ajouté")]
    [InlineData("poursuit-il")]
    public void Extract_GoingOnAfterABody_IsThatBody(string cue)
    {
        var text = "Le Premier ministre Pravind Jugnauth a estimé qu'aucune erreur n'avait été commise. Lundi, le comité de crise a estimé qu'il était « trop risqué de chercher à récupérer le fioul », selon un communiqué. « Les opérations de pompage reprendront dès que la météo le permettra », "
            + cue + ".";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "comité de crise", "Les opérations de pompage");
    }

    [Fact]
    public void Extract_GoingOnWithTheOtherGender_IsNotWhoJustSpoke()
    {
        var text = "Marie Durand, la maire de Lyon, était présente. « Nous avons tout fait pour aider les familles », a déclaré Paul Martin. « Les travaux commenceront en juin », a-t-elle ajouté.";

        QuoteAssert.Said(QuoteArticles.Extract(text, "fr"), "Marie Durand", "Les travaux commenceront");
    }
}
