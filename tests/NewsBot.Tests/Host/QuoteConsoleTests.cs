using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Commands;
using NewsBot.Core.QuoteIndex;
using NewsBot.Handlers;
using NewsBot.Tests.Core.Ingest;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Host;

/// <summary>/quote and /speakers as typed in console mode (the seeds are indexed at start), and /quote's autocomplete.</summary>
public sealed class QuoteConsoleTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Quote_SpeakerBinance_OwnQuotesThenStaffLabelled()
    {
        var (code, output, _) = await _cli.RunWithInputAsync("/quote speaker:Binance\n/quote speaker:binance page:3\n").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, code);
        Assert.Contains("== Quotes: Binance ==", output, StringComparison.Ordinal);
        Assert.Contains("1. “", output, StringComparison.Ordinal);
        Assert.Contains("— Binance ·", output, StringComparison.Ordinal);
        Assert.Contains("[Next ▶] /quote", output, StringComparison.Ordinal);
        Assert.Contains("**Binance staff**", output, StringComparison.Ordinal);
        Assert.Matches(@"— Gleb Kostarev \(responsable [^)]*Binance[^)]*\) · partial", output);
        Assert.True(output.IndexOf("— Binance ·", StringComparison.Ordinal) < output.IndexOf("— Gleb Kostarev", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quote_WithTopic_OnlyArticlesAboutIt()
    {
        const string input = "/quote speaker:Kostarev topic:Binance\n/quote speaker:Kostarev topic:volcano\n/quote speaker:Binance topic:-russia\n";

        var (_, output, _) = await _cli.RunWithInputAsync(input).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Contains("— Gleb Kostarev ·", output, StringComparison.Ordinal);
        Assert.Contains("Gleb Kostarev is not quoted in the articles about volcano.", output, StringComparison.Ordinal);
        Assert.Contains("For example: /quote speaker:Binance topic:russia", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_BadInput_SaysWhatToDo()
    {
        var (code, output, _) = await _cli.RunWithInputAsync("/quote speaker:Nobody Atall\n/quote\n/quote speaker:x page:0\n").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, code);
        Assert.Contains("Error: No speaker matches 'Nobody Atall'. Type /speakers to see who is quoted", output, StringComparison.Ordinal);
        Assert.Contains("/quote needs speaker", output, StringComparison.Ordinal);
        Assert.Contains("/quote page must be between 1 and 1000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speakers_AllAndByTopic_MostQuotedFirstWithCounts()
    {
        var (code, output, _) = await _cli.RunWithInputAsync("/speakers\n/speakers topic:volcano\n/speakers topic:-russia\n/speakers page:50\n/quote speaker:Binance page:50\n/help\n").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, code);
        Assert.Contains("== Speakers ==", output, StringComparison.Ordinal);
        Assert.Matches(@"1\. \*\*Binance\*\* — \d+ quotes in 2 articles, 1 by staff", output);
        Assert.Contains("**Gleb Kostarev** (Binance) — 1 quote in 1 article", output, StringComparison.Ordinal);
        Assert.Contains("Nobody is quoted in the articles about volcano.", output, StringComparison.Ordinal);
        Assert.Contains("For example: /speakers topic:russia", output, StringComparison.Ordinal);
        Assert.Contains("No more speakers.", output, StringComparison.Ordinal);
        Assert.Contains("No more quotes.", output, StringComparison.Ordinal);
        Assert.Contains("/quote speaker:<speaker>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_Speaker_NamesWithCountsAtMost25()
    {
        using var index = new TestIndex();
        await index.IndexAsync(SeedFolder.Path);
        var lookup = new QuoteLookup(index.Quotes, index.Store);
        var router = new CommandRouter([new QuoteCommand(lookup, index.Quotes)], NullLogger<CommandRouter>.Instance);
        var request = new CommandRequest("quote", new Dictionary<string, string>(), CommandCaller.Console);

        var kos = await router.AutocompleteAsync(request, "speaker", "kos", CancellationToken.None);
        var all = await router.AutocompleteAsync(request, "speaker", "", CancellationToken.None);
        var topic = await router.AutocompleteAsync(request, "topic", "bin", CancellationToken.None);

        var choice = Assert.Single(kos);
        Assert.Equal("Gleb Kostarev", choice.Value);
        Assert.Equal("Gleb Kostarev, Binance (1 quote)", choice.Name);
        Assert.InRange(all.Count, 3, CommandRouter.MaxChoices);
        Assert.StartsWith("Binance (", all[0].Name, StringComparison.Ordinal);
        Assert.Empty(topic); // not an autocomplete option
    }

    [Fact]
    public void SpeakerLabel_RoleAndAffiliation_NamesTheOrganisationOnce()
    {
        var article = new NewsBot.Core.Articles.Article(1, "k", null, "t", "fr", 1, "s", null, null, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, "h");
        StoredQuote Quote(string? role, string? org) => new(1, article, 0, 1, "x", NewsBot.Core.Quotes.QuoteKind.Direct, 1, "Jane Doe", "", null, role, org, null, "en", 0.9);

        Assert.Equal("Jane Doe (head of sales at Acme)", Quote("head of sales at Acme", "Acme").SpeakerLabel);
        Assert.Equal("Jane Doe (chief executive, Acme)", Quote("chief executive", "Acme").SpeakerLabel);
        Assert.Equal("Jane Doe (Acme)", Quote(null, "Acme").SpeakerLabel);
        Assert.Equal("Jane Doe (mayor)", Quote("mayor", null).SpeakerLabel);
        Assert.Equal("Jane Doe", Quote(null, null).SpeakerLabel);
    }
}
