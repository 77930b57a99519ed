using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Ingest.Html;

namespace NewsBot.Core.Ingest.Readers;

/// <summary>
/// Maps one JSON object of a .json or .jsonl import to a raw document: <c>text</c> is required; <c>id</c> (kept as the
/// external id), <c>title</c>, <c>url</c>, <c>published</c> (ISO 8601 or Unix seconds), <c>language</c> or <c>lang</c>
/// (overrides detection) and <c>source</c> (the publisher's name) are optional. Text that is HTML is read as HTML.
/// <para>
/// Identity (<see cref="RawDocument.Source"/>): the record's URL when it has one, since that names the article wherever it
/// is imported from; else <c>file#id</c>, which survives reordering or editing of the file; else <c>file#L&lt;line&gt;</c>
/// (or <c>file#&lt;index&gt;</c> in a JSON array), the only identity left, which changes if lines are inserted above.
/// </para>
/// </summary>
internal static class JsonRecordMapper
{
    /// <param name="position">"L7" for a JSONL line, "3" for an array element, null for a file holding one object.</param>
    public static ReadResult Map(JsonElement record, string file, string? position)
    {
        var fallbackSource = position is null ? file : $"{file}#{position}";
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Fail(fallbackSource, $"{fallbackSource}: expected a JSON object, found {Describe(record.ValueKind)}");
        }

        var text = String(record, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(fallbackSource, $"{fallbackSource}: the required \"text\" field is missing or empty");
        }

        var id = Id(record);
        var url = String(record, "url");
        var published = record.TryGetProperty("published", out var date) ? Date(date) : (DateTimeOffset?)null;
        if (published is null && date.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            return ReadResult.Fail(fallbackSource,
                $"{fallbackSource}: \"published\" is not a date ({date.GetRawText()}); use ISO 8601 such as 2024-04-23T10:00:00Z");
        }

        var source = !string.IsNullOrWhiteSpace(url) ? url.Trim() : id is not null ? $"{file}#{id}" : fallbackSource;
        var format = LooksLikeHtml(text) ? DocumentFormat.Html : DocumentFormat.PlainText;
        return ReadResult.Ok(new RawDocument(source, text, format, id, String(record, "title"), url, published,
            String(record, "language") ?? String(record, "lang"), String(record, "source")));
    }

    private static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Id(JsonElement record) =>
        !record.TryGetProperty("id", out var id) ? null
        : id.ValueKind == JsonValueKind.String ? id.GetString()
        : id.ValueKind == JsonValueKind.Number ? id.GetRawText()
        : null;

    private static DateTimeOffset? Date(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => HtmlMetadata.ParseDate(value.GetString()),
            JsonValueKind.Number when value.TryGetInt64(out var seconds) && seconds is > 0 and < 253402300799 =>
                DateTimeOffset.FromUnixTimeSeconds(seconds),
            _ => null,
        };

    private static bool LooksLikeHtml(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith('<') && (text.Contains("</p>", StringComparison.OrdinalIgnoreCase)
            || text.Contains("</div>", StringComparison.OrdinalIgnoreCase) || text.Contains("<br", StringComparison.OrdinalIgnoreCase));
    }

    private static string Describe(JsonValueKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);
}
