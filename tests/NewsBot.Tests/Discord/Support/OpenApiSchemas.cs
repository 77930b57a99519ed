using System.Text.Json.Nodes;
using NJsonSchema;

namespace NewsBot.Tests.Discord.Support;

/// <summary>
/// Request-body schemas from Discord's OpenAPI document, loaded once per test run. The component schemas are moved under
/// <c>definitions</c> (with their <c>$ref</c>s rewritten) so NJsonSchema resolves them, and the request bodies of the paths
/// we call are added next to them.
/// </summary>
public static class OpenApiSchemas
{
    private static readonly Lazy<Task<JsonSchema>> Root = new(LoadAsync);

    public static async Task<ICollection<string>> ValidateAsync(string schemaName, string json)
    {
        if (schemaName == "Path_CommandsOverwrite")
        {
            // NJsonSchema does not descend into `"type": ["array","null"]` with items, so each command is checked on its own.
            var items = JsonNode.Parse(json)!.AsArray();
            var all = new List<string>(items.Count > 130 ? ["more than 130 commands"] : []);
            foreach (var item in items)
            {
                all.AddRange(await ValidateAsync("ApplicationCommandUpdateRequest", item!.ToJsonString()));
            }

            return all;
        }

        var root = await Root.Value;
        var schema = root.Definitions[schemaName];
        return [.. schema.Validate(json).SelectMany(Flatten)];
    }

    private static IEnumerable<string> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten)
            : [$"{error.Path}: {error.Kind}"];

    /// <summary>The schema name for a recorded request, or null when it has no body to check.</summary>
    public static string? SchemaFor(string method, string route) => (method, route) switch
    {
        ("POST", _) when route.StartsWith("/channels/", StringComparison.Ordinal) => "MessageCreateRequest",
        ("POST", _) when route.StartsWith("/interactions/", StringComparison.Ordinal) => "Path_InteractionCallback",
        ("PATCH", _) when route.EndsWith("/messages/@original", StringComparison.Ordinal) => "IncomingWebhookUpdateRequestPartial",
        ("POST", _) when route.StartsWith("/webhooks/", StringComparison.Ordinal) => "Path_WebhookExecute",
        ("PUT", _) when route.EndsWith("/commands", StringComparison.Ordinal) => "Path_CommandsOverwrite",
        _ => null,
    };

    private static async Task<JsonSchema> LoadAsync()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(FindDocument()))!;
        var definitions = document["components"]!["schemas"]!.DeepClone().AsObject();
        ConstToEnum(definitions);

        // Known divergence: the docs (which the spec's README says win) make default_member_permissions a decimal string.
        foreach (var name in new[] { "ApplicationCommandCreateRequest", "ApplicationCommandUpdateRequest" })
        {
            definitions[name]!["properties"]!["default_member_permissions"] = JsonNode.Parse("""{"type":["string","null"],"pattern":"^[0-9]{1,20}$"}""");
        }
        var paths = document["paths"]!;
        definitions["Path_InteractionCallback"] = Body(paths, "/interactions/{interaction_id}/{interaction_token}/callback", "post");
        definitions["Path_WebhookExecute"] = Body(paths, "/webhooks/{webhook_id}/{webhook_token}", "post");
        definitions["Path_CommandsOverwrite"] = Body(paths, "/applications/{application_id}/guilds/{guild_id}/commands", "put");
        var text = new JsonObject { ["definitions"] = definitions }.ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        return await JsonSchema.FromJsonAsync(text);
    }

    private static string FindDocument()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "NewsBot.Tests", "TestData", "Discord", "discord-openapi.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/NewsBot.Tests/TestData/Discord/discord-openapi.json was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>OpenAPI 3.1 writes enums as <c>const</c> branches, which NJsonSchema ignores; <c>enum: [x]</c> means the same.</summary>
    private static void ConstToEnum(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["const"] is { } value)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(value.DeepClone());
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    ConstToEnum(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    ConstToEnum(child);
                }

                break;
        }
    }

    private static JsonNode Body(JsonNode paths, string path, string method) =>
        paths[path]![method]!["requestBody"]!["content"]!["application/json"]!["schema"]!.DeepClone();
}
