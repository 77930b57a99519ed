using System.Globalization;
using NewsBot.Core.QuoteIndex;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Core.QuoteIndex;

/// <summary>Speakers merged across articles and languages, and found the way people type them.</summary>
public sealed class SpeakerLookupTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    private string Folder => Path.GetDirectoryName(Path.GetDirectoryName(_index.DatabasePath))!;

    private async Task IndexTextsAsync(params string[] texts)
    {
        var files = new List<string>();
        for (var i = 0; i < texts.Length; i++)
        {
            var file = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"article{i}.txt"));
            await File.WriteAllTextAsync(file, texts[i]);
            files.Add(file);
        }

        await _index.IndexAsync([.. files]);
    }

    [Theory]
    [InlineData("Binance")]
    [InlineData("BINANCE")]
    [InlineData("binance")]
    public async Task FindSpeakers_OrganisationAnyCase_ExactFirst(string typed)
    {
        await _index.IndexAsync(SeedFolder.Path);

        var found = await _index.Quotes.FindSpeakersAsync(typed, 5);

        Assert.Equal("Binance", found[0].Name);
        Assert.True(found[0].Quotes >= 5, found[0].Quotes.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(2, found[0].Articles); // merged across the English and the French seed
        Assert.True(found[0].StaffQuotes >= 1);
    }

    [Theory]
    [InlineData("Gleb Kostarev")]
    [InlineData("kostarev")]
    [InlineData("KOSTAREV")]
    [InlineData("M. Kostarev")]
    [InlineData("Glèb Kostárev")]
    public async Task FindSpeakers_PersonByNameSurnameHonorificOrAccents_Found(string typed)
    {
        await _index.IndexAsync(SeedFolder.Path);

        var found = await _index.Quotes.FindSpeakersAsync(typed, 5);

        var kostarev = Assert.Single(found);
        Assert.Equal("Gleb Kostarev", kostarev.Name);
        Assert.Equal("Binance", kostarev.Affiliation);
        Assert.Equal("person", kostarev.Kind);
        Assert.Contains("kostarev", kostarev.Aliases);
    }

    [Fact]
    public async Task ListSpeakers_DomainName_NoAliasFromInsideTheWord()
    {
        await _index.IndexAsync(SeedFolder.Path);

        var site = (await _index.Quotes.ListSpeakersAsync(null, 20)).Single(s => s.Name == "Actucrypto.info");

        Assert.Empty(site.Aliases);
        Assert.Empty(await _index.Quotes.FindSpeakersAsync("info", 5));
    }

    [Fact]
    public async Task FindSpeakers_NobodyOfThatName_Empty()
    {
        await _index.IndexAsync(SeedFolder.Path);

        Assert.Empty(await _index.Quotes.FindSpeakersAsync("Gleb", 5)); // a first name alone names nobody
        Assert.Empty(await _index.Quotes.FindSpeakersAsync("Nobody Atall", 5));
        Assert.Empty(await _index.Quotes.FindSpeakersAsync("  ", 5));
    }

    [Fact]
    public async Task Index_SurnameInALaterArticle_JoinsTheFullName()
    {
        await IndexTextsAsync(
            "Port news\n\n“Traffic is back to normal,” said Ségolène Royal, the port director, on Monday.",
            "Port update\n\n“The season looks strong,” Royal said on Friday.");

        var speakers = await _index.Quotes.ListSpeakersAsync(null, 10);

        var royal = Assert.Single(speakers);
        Assert.Equal("Ségolène Royal", royal.Name);
        Assert.Equal(2, royal.Quotes);
        Assert.Equal(2, royal.Articles);
        Assert.Equal("Ségolène Royal", (await _index.Quotes.FindSpeakersAsync("segolene royal", 5)).Single().Name);
    }

    [Fact]
    public async Task Index_FullNameAfterSurnameOnly_SpeakerTakesTheFullerName()
    {
        await IndexTextsAsync("Port update\n\n“The season looks strong,” Okafor said on Friday.");
        await IndexTextsAsync(
            "Port update\n\n“The season looks strong,” Okafor said on Friday.",
            "Port news\n\n“Traffic is back to normal,” said Linda Okafor, the mayor, on Monday.");

        var okafor = Assert.Single(await _index.Quotes.ListSpeakersAsync(null, 10));

        Assert.Equal("Linda Okafor", okafor.Name);
        Assert.Equal(2, okafor.Quotes);
        Assert.Contains("okafor", okafor.Aliases);
    }

    [Fact]
    public async Task SuggestSpeakers_PrefixOfAnyWord_MostQuotedFirstWithinLimit()
    {
        await _index.IndexAsync(SeedFolder.Path);
        await IndexTextsAsync([.. Enumerable.Range(0, 30).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"Harbour report {i}\n\n“Ship {i} arrived on time,” said Captain{Letters(i)} Harbourmaster, the duty officer."))]);

        var byPrefix = await _index.Quotes.SuggestSpeakersAsync("kos", 25);
        var byWord = await _index.Quotes.SuggestSpeakersAsync("harbourm", 25);
        var top = await _index.Quotes.SuggestSpeakersAsync("", 25);

        Assert.Equal("Gleb Kostarev", Assert.Single(byPrefix).Name);
        Assert.Equal(25, byWord.Count);
        Assert.Equal(25, top.Count);
        Assert.Equal("Binance", top[0].Name);
    }

    [Fact]
    public async Task FindSpeakers_OrganisationWithLegalSuffix_FoundWithoutItButNotByTheSuffixAlone()
    {
        await IndexTextsAsync("Vantor results\n\n“Our margins held up well,” Vantor Corp. said in a statement on Monday.");

        var bare = await _index.Quotes.FindSpeakersAsync("vantor", 5);
        var suffixed = await _index.Quotes.FindSpeakersAsync("Vantor Corporation", 5);

        Assert.Equal("Vantor Corp.", Assert.Single(bare).Name);
        Assert.Equal("Vantor Corp.", Assert.Single(suffixed).Name);
        Assert.DoesNotContain("corp", bare[0].Aliases);
    }

    private static string Letters(int i) => new([(char)('a' + (i / 26)), (char)('a' + (i % 26))]);
}
