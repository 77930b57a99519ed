using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Core.Feeds;

/// <summary>Damaged feeds (cut, bytes flipped, bytes inserted) give a parsed feed or a FeedParseException, never anything else.</summary>
public sealed class FeedParserRobustnessTests
{
    private static readonly Uri FeedUrl = new("https://gazette.example/feed");

    [Theory]
    [InlineData("rss2.xml")]
    [InlineData("rss1.rdf")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    [InlineData("latin1.xml")]
    public void Parse_RandomlyDamagedFixture_OnlyFeedParseException(string fixture)
    {
        var original = FeedFixtures.Bytes(fixture);
        var random = new Random(fixture.Length * 7919);
        for (var round = 0; round < 300; round++)
        {
            var damaged = Damage(original, random);
            try
            {
                FeedParser.Parse(damaged, FeedUrl, round % 3 == 0 ? "windows-1252" : null);
            }
            catch (FeedParseException)
            {
                // Expected for many damaged inputs.
            }
        }
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = original.ToList();
        switch (random.Next(3))
        {
            case 0:
                return [.. bytes.Take(random.Next(bytes.Count))];
            case 1:
                for (var i = 0; i < 1 + random.Next(8); i++)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                return [.. bytes];
            default:
                var insert = "<>&;\"'{}[]:,0123456789 \u00ff"u8.ToArray();
                for (var i = 0; i < 1 + random.Next(8); i++)
                {
                    bytes.Insert(random.Next(bytes.Count), insert[random.Next(insert.Length)]);
                }

                return [.. bytes];
        }
    }
}
