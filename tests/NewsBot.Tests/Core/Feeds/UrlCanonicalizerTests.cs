using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Core.Feeds;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM:443/Path/A?b=2&a=1#top", "https://news.example.com/Path/A?a=1&b=2")]
    [InlineData("http://news.example.com:80/x", "http://news.example.com/x")]
    [InlineData("http://news.example.com:8080/x", "http://news.example.com:8080/x")]
    [InlineData("https://n.example/x?utm_source=rss&utm_medium=feed&id=3&fbclid=abc&gclid=z", "https://n.example/x?id=3")]
    [InlineData("https://n.example/x?UTM_Campaign=y", "https://n.example/x")]
    public void Canonicalize_Variants_OneSpelling(string input, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)).AbsoluteUri);

    [Fact]
    public void IdentityKey_HttpAndHttps_Same() =>
        Assert.Equal(UrlCanonicalizer.IdentityKey(new Uri("http://n.example/a?utm_source=x")), UrlCanonicalizer.IdentityKey(new Uri("https://n.example/a")));

    [Fact]
    public void IdentityKey_DifferentPathCase_Different() =>
        Assert.NotEqual(UrlCanonicalizer.IdentityKey(new Uri("https://n.example/A")), UrlCanonicalizer.IdentityKey(new Uri("https://n.example/a")));
}
