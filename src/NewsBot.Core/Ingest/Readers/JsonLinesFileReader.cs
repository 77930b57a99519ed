using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Streams a JSONL (or NDJSON) file, one article object per line, in constant memory whatever the file's size. A bad line
/// (invalid JSON, invalid UTF-8, too long, missing "text") is a problem naming file:line; the other lines still load.
/// Blank lines are skipped. See <see cref="JsonRecordMapper"/> for the fields and for how each record is identified.
/// </summary>
public sealed class JsonLinesFileReader(IOptions<DocumentReaderOptions> options) : IDocumentReader
{
    public bool CanRead(string path) => FileExtensions.Has(path, ".jsonl", ".ndjson");

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"{path}: cannot be read ({e.Message})")];
        }

        return ReadLines(stream, path, cancellationToken);
    }

    private IEnumerable<ReadResult> ReadLines(FileStream stream, string path, CancellationToken cancellationToken)
    {
        using (stream)
        {
            var reader = new BoundedLineReader(stream, options.Value.MaxFileBytes);
            var number = 0;
            var any = false;
            while (reader.ReadLine(out var tooLong) is { } bytes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                number++;
                var position = "L" + number.ToString(CultureInfo.InvariantCulture);
                if (tooLong)
                {
                    any = true;
                    yield return ReadResult.Fail($"{path}#{position}",
                        $"{path}:{number}: line is longer than the {options.Value.MaxFileBytes} byte limit (Ingest:MaxFileBytes)");
                    continue;
                }

                var result = ReadLine(bytes, path, number, position);
                if (result is not null)
                {
                    any = true;
                    yield return result;
                }
            }

            if (!any)
            {
                yield return ReadResult.Fail(path, $"{path}: file is empty");
            }
        }
    }

    private static ReadResult? ReadLine(byte[] bytes, string path, int number, string position)
    {
        var (text, problem) = TextDecoding.Decode(bytes);
        if (text is null)
        {
            return ReadResult.Fail($"{path}#{position}", $"{path}:{number}: {problem}");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            var result = JsonRecordMapper.Map(json.RootElement, path, position);
            return result.Problem is null ? result
                : result with { Problem = result.Problem.Replace($"{path}#{position}:", $"{path}:{number}:", StringComparison.Ordinal) };
        }
        catch (JsonException e)
        {
            return ReadResult.Fail($"{path}#{position}", $"{path}:{number}: {JsonErrors.Describe(e)}");
        }
    }
}
