namespace NewsBot.Tests.Core.Ingest;

/// <summary>Finds the repository's seeds/ folder from the test output directory.</summary>
internal static class SeedFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(candidate) && File.Exists(System.IO.Path.Combine(dir.FullName, "Bot.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
