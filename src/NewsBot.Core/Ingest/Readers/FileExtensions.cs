namespace NewsBot.Core.Ingest.Readers;

/// <summary>Matches a path's extension case-insensitively ("NOTES.TXT" is a text file too).</summary>
internal static class FileExtensions
{
    public static bool Has(string path, params ReadOnlySpan<string> extensions)
    {
        var extension = Path.GetExtension(path);
        foreach (var candidate in extensions)
        {
            if (extension.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
