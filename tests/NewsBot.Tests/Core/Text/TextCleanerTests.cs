using NewsBot.Core.Text;

namespace NewsBot.Tests.Core.Text;

public sealed class TextCleanerTests
{
    private const string Body1 = "The central bank raised its main rate by half a point on Thursday, the third rise this year.";
    private const string Body2 = "Economists had expected a smaller move, and markets fell sharply after the announcement.";
    private const string Body3 = "The governor said inflation was still too high and that more rises could follow in the spring.";

    private static IReadOnlyList<TextBlock> Clean(params string[] lines) => TextCleaner.Clean(lines.Select(l => new TextBlock(l)));

    private static string[] Texts(IEnumerable<TextBlock> blocks) => [.. blocks.Select(b => b.Text)];

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Facebook Twitter LinkedIn Email")]
    [InlineData("Subscribe to our newsletter for daily updates")]
    [InlineData("Follow us on Twitter")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Advertisement")]
    [InlineData("Publicité")]
    [InlineData("Partager")]
    [InlineData("Partager sur Facebook")]
    [InlineData("Lire aussi : La BCE relève ses taux")]
    [InlineData("Read more: Fed holds rates steady")]
    [InlineData("Abonnez-vous")]
    [InlineData("Newsletter")]
    [InlineData("© 2024 Example Media. All rights reserved.")]
    [InlineData("Copyright 2023 The Daily Planet")]
    [InlineData("Tous droits réservés - Le Journal")]
    [InlineData("We use cookies to improve your experience. By continuing you accept our cookie policy.")]
    [InlineData("Ce site utilise des cookies pour améliorer votre expérience.")]
    [InlineData("Photo: Reuters/John Smith")]
    [InlineData("(Photo: AFP)")]
    [InlineData("Image credit: Getty Images")]
    [InlineData("Crédit photo : AFP")]
    [InlineData("Tags: crypto, regulation, Russia")]
    [InlineData("https://example.com/some/page")]
    public void Clean_FurnitureLine_IsDropped(string furniture)
    {
        var result = Clean(Body1, furniture, Body2, Body3);

        Assert.Equal([Body1, Body2, Body3], Texts(result));
    }

    [Fact]
    public void Clean_TrendingSectionWithLinkTitles_DropsHeadingAndLinks()
    {
        var result = Clean(Body1, "Trending Stories", "Bitcoin hits new high", "Ether slides as fees jump", Body2, Body3);

        Assert.Equal([Body1, Body2, Body3], Texts(result));
    }

    [Fact]
    public void Clean_RelatedArticlesInFrench_DropsHeadingAndLinks()
    {
        var result = Clean(Body1, Body2, "Articles similaires", "La Bourse de Paris recule", "Le pétrole grimpe encore", Body3);

        Assert.Equal([Body1, Body2, Body3], Texts(result));
    }

    [Theory]
    [InlineData("About Author")]
    [InlineData("About the author")]
    [InlineData("About AuthorJane Doe covers central banks for the paper.")]
    [InlineData("Laissez un commentaire")]
    [InlineData("Leave a comment")]
    [InlineData("À propos de l’auteur")]
    public void Clean_EndMarkerNearTheEnd_CutsTheRest(string marker)
    {
        var result = Clean(Body1, Body2, Body3, marker, "Jane Doe is a reporter based in London.");

        Assert.Equal([Body1, Body2, Body3], Texts(result));
    }

    [Fact]
    public void Clean_EndMarkerFarFromTheEnd_OnlyTheMarkerIsDropped()
    {
        var result = Clean(Body1, "Leave a comment", Body2, Body3, Body1 + " Again.", Body2 + " Again.");

        Assert.Equal([Body1, Body2, Body3, Body1 + " Again.", Body2 + " Again."], Texts(result));
    }

    [Fact]
    public void Clean_EndMarkerGluedAtEndOfFile_IsDropped()
    {
        var result = Clean(Body1, Body2, "About Author");

        Assert.Equal([Body1, Body2], Texts(result));
    }

    [Fact]
    public void Clean_SentenceMentioningFurnitureWords_IsKept()
    {
        var sentence = "Readers were asked to share their views, and many said the newsletter format was too long.";

        var result = Clean(Body1, sentence);

        Assert.Equal([Body1, sentence], Texts(result));
    }

    [Fact]
    public void Clean_ShortLineWithoutFinalPunctuation_IsHeading()
    {
        var result = Clean(Body1, "Markets react", Body2);

        Assert.Equal([BlockKind.Body, BlockKind.Heading, BlockKind.Body], result.Select(b => b.Kind));
    }

    [Fact]
    public void Clean_ShortQuestionBetweenParagraphs_IsHeading()
    {
        var result = Clean(Body1, "What happens next?", Body2);

        Assert.True(result[1].IsHeading);
    }

    [Fact]
    public void Clean_QuotedQuestionOrColonLine_IsBody()
    {
        var result = Clean(Body1, "« Que faire ? »", "Le ministre ajoute :", Body2);

        Assert.Equal([BlockKind.Body, BlockKind.Body, BlockKind.Body, BlockKind.Body], result.Select(b => b.Kind));
    }

    [Fact]
    public void Clean_TrailingHeadingAndDuplicates_AreDropped()
    {
        var result = Clean(Body1, Body1, Body2, "Jane Doe");

        Assert.Equal([Body1, Body2], Texts(result));
    }

    [Fact]
    public void Clean_MarkupSaysBody_ShortLineStaysBody()
    {
        var result = TextCleaner.Clean([new TextBlock(Body1), new TextBlock("Lower fees", BlockKind.Body), new TextBlock(Body2)]);

        Assert.All(result, b => Assert.Equal(BlockKind.Body, b.Kind));
    }

    [Fact]
    public void Clean_WhitespaceAndInvisibleCharacters_AreNormalised()
    {
        var result = Clean("  The\tbank\u200B   raised\u00A0 rates  today, officials said on Friday morning.  ");

        Assert.Equal("The bank raised rates today, officials said on Friday morning.", result.Single().Text);
    }
}
