using System.Text.Json;

namespace NewsBot.Tests.Support;

/// <summary>Finds the benchmark files copied under tests/NewsBot.Tests/TestData/Bench, walking up from the test binaries.</summary>
internal static class BenchData
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string PathOf(string fileName) => Path.Combine(Folder.Value, fileName);

    public static IEnumerable<JsonElement> ReadJsonLines(string fileName)
    {
        foreach (var line in File.ReadLines(PathOf(fileName)))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var document = JsonDocument.Parse(line);
                yield return document.RootElement.Clone();
            }
        }
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsBot.Tests", "TestData", "Bench");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/NewsBot.Tests/TestData/Bench was not found above " + AppContext.BaseDirectory);
    }
}
