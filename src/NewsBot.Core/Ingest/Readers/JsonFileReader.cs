using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Reads a .json file holding one article object or an array of them (see <see cref="JsonRecordMapper"/> for the fields).
/// A bad element is a problem naming its index; the others still load. Large imports belong in JSONL, which streams.
/// </summary>
public sealed class JsonFileReader(IOptions<DocumentReaderOptions> options) : IDocumentReader
{
    public bool CanRead(string path) => FileExtensions.Has(path, ".json");

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (text, problem) = TextFileLoader.Load(path, options.Value, cancellationToken);
        if (text is null)
        {
            return [ReadResult.Fail(path, problem!)];
        }

        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return [JsonRecordMapper.Map(root, path, position: null)];
            }

            return [.. root.EnumerateArray().Select((element, index) =>
                JsonRecordMapper.Map(element, path, (index + 1).ToString(CultureInfo.InvariantCulture)))];
        }
        catch (JsonException e)
        {
            return [ReadResult.Fail(path, $"{path}: {JsonErrors.Describe(e)}")];
        }
    }
}
