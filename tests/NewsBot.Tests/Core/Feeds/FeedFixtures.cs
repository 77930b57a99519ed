namespace NewsBot.Tests.Core.Feeds;

/// <summary>The fixture feeds and pages under tests/NewsBot.Tests/TestData/Feeds, found by walking up from the test binaries.</summary>
internal static class FeedFixtures
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder.Value, name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder.Value, name));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsBot.Tests", "TestData", "Feeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/NewsBot.Tests/TestData/Feeds was not found above " + AppContext.BaseDirectory);
    }
}
