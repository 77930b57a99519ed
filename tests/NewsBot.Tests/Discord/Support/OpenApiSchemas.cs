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
        var root = await Root.Value;
        var schema = root.Definitions[schemaName];
        return [.. schema.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];
    }

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

    private static JsonNode Body(JsonNode paths, string path, string method) =>
        paths[path]![method]!["requestBody"]!["content"]!["application/json"]!["schema"]!.DeepClone();
}
