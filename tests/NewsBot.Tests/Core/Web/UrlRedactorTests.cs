using NewsBot.Core.Web;

namespace NewsBot.Tests.Core.Web;

public sealed class UrlRedactorTests
{
    [Theory]
    [InlineData("https://bob:hunter2@feeds.example/rss", "https://***@feeds.example/rss")]
    [InlineData("https://feeds.example/rss?token=abc123&page=2", "https://feeds.example/rss?token=***&page=2")]
    [InlineData("https://feeds.example/rss?api_key=k&Signature=s", "https://feeds.example/rss?api_key=***&Signature=***")]
    [InlineData("https://feeds.example/rss?page=2", "https://feeds.example/rss?page=2")]
    [InlineData("not a url //user:pw@host", "not a url //***@host")]
    [InlineData("", "")]
    public void Redact_Secrets_Masked(string input, string expected) => Assert.Equal(expected, UrlRedactor.Redact(input));

    [Fact]
    public void Redact_NullUri_Empty() => Assert.Equal(string.Empty, UrlRedactor.Redact((Uri?)null));
}
