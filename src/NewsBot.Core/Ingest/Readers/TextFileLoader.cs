using System.Globalization;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Reads a whole text file safely: refuses files over the size cap before allocating anything, then decodes the bytes with
/// <see cref="TextDecoding"/>. Every failure becomes a message naming the file; nothing here throws for bad input.
/// </summary>
internal static class TextFileLoader
{
    public static (string? Text, string? Problem) Load(string path, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, $"{path}: file not found");
            }

            if (info.Length > options.MaxFileBytes)
            {
                return (null, string.Create(CultureInfo.InvariantCulture,
                    $"{path}: file is {Megabytes(info.Length)} MB, over the {Megabytes(options.MaxFileBytes)} MB limit; split it or raise Ingest:MaxFileBytes"));
            }

            cancellationToken.ThrowIfCancellationRequested();
            var bytes = File.ReadAllBytes(path);
            var (text, problem) = TextDecoding.Decode(bytes);
            if (problem is not null)
            {
                return (null, $"{path}: {problem}");
            }

            return string.IsNullOrWhiteSpace(text) ? (null, $"{path}: file is empty") : (text, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot be read ({e.Message})");
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
