using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.FakeDiscord;

/// <summary>Discord's body rules (message.mdx embed limits, application-commands.mdx option rules). Null = valid.</summary>
internal static partial class FakeValidation
{
    public static (int Code, string Message)? Message(JsonNode body, bool interaction)
    {
        var content = (string?)body["content"];
        var embeds = body["embeds"] as JsonArray ?? [];
        var components = body["components"] as JsonArray ?? [];
        if (!interaction && string.IsNullOrEmpty(content) && embeds.Count == 0 && components.Count == 0)
        {
            return (50006, "Cannot send an empty message");
        }

        if (content is { Length: > 2000 })
        {
            return (50035, "content: Must be 2000 or fewer in length.");
        }

        if (embeds.Count > 10)
        {
            return (50035, "embeds: Must be 10 or fewer in length.");
        }

        var total = 0;
        foreach (var embed in embeds)
        {
            var fields = embed?["fields"] as JsonArray ?? [];
            if (fields.Count > 25 || Len(embed?["title"]) > 256 || Len(embed?["description"]) > 4096 || Len(embed?["footer"]?["text"]) > 2048
                || Len(embed?["author"]?["name"]) > 256 || fields.Any(f => Len(f?["name"]) > 256 || Len(f?["value"]) > 1024 || Len(f?["name"]) == 0 || Len(f?["value"]) == 0))
            {
                return (50035, "embeds: a limit is exceeded");
            }

            total += Len(embed?["title"]) + Len(embed?["description"]) + Len(embed?["footer"]?["text"]) + Len(embed?["author"]?["name"])
                + fields.Sum(f => Len(f?["name"]) + Len(f?["value"]));
        }

        if (total > 6000)
        {
            return (50035, "embeds: Embed size exceeds maximum size of 6000");
        }

        var mentions = body["allowed_mentions"];
        var parse = mentions?["parse"] as JsonArray ?? [];
        if ((parse.Any(p => (string?)p == "users") && mentions?["users"] is JsonArray) || (parse.Any(p => (string?)p == "roles") && mentions?["roles"] is JsonArray))
        {
            return (50035, "allowed_mentions: parse and an id list of the same kind are mutually exclusive");
        }

        return (string?)body["nonce"] is { Length: > 25 } ? (50035, "nonce: Must be 25 or fewer in length.") : null;
    }

    public static (int Code, string Message)? Commands(JsonNode body)
    {
        if (body is not JsonArray commands || commands.Count > 130)
        {
            return (50035, "body: an array of at most 130 commands is required");
        }

        foreach (var command in commands)
        {
            var type = (int?)command?["type"] ?? 1;
            var name = (string?)command?["name"] ?? string.Empty;
            var description = (string?)command?["description"] ?? string.Empty;
            if (type == 1 && (!NameRule().IsMatch(name) || !name.Equals(name.ToLowerInvariant(), StringComparison.Ordinal) || description.Length is < 1 or > 100))
            {
                return (50035, $"{name}: invalid name or description");
            }

            if (command?["default_member_permissions"] is JsonValue permissions && permissions.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                return (50035, $"{name}: default_member_permissions must be a string");
            }

            if (Options(command?["options"] as JsonArray, 0) is { } error)
            {
                return (50035, $"{name}: {error}");
            }

            if (command!.ToJsonString().Length > 8000 + 2000)
            {
                return (50035, $"{name}: a command may total at most 8000 characters");
            }
        }

        return null;
    }

    private static string? Options(JsonArray? options, int depth)
    {
        if (options is null)
        {
            return null;
        }

        if (options.Count > 25)
        {
            return "at most 25 options";
        }

        var seenOptional = false;
        foreach (var option in options)
        {
            var type = (int?)option?["type"] ?? 0;
            var name = (string?)option?["name"] ?? string.Empty;
            var required = (bool?)option?["required"] ?? false;
            if (!NameRule().IsMatch(name) || ((string?)option?["description"])?.Length is null or < 1 or > 100 || type is < 1 or > 11)
            {
                return $"option {name}: invalid name, description or type";
            }

            if (required && seenOptional)
            {
                return $"option {name}: required options must come before optional ones";
            }

            seenOptional |= !required;
            var choices = option?["choices"] as JsonArray;
            if (choices is { Count: > 25 } || (choices is not null && (bool?)option?["autocomplete"] == true))
            {
                return $"option {name}: at most 25 choices, and choices exclude autocomplete";
            }

            var nested = option?["options"] as JsonArray;
            if (type is 1 or 2)
            {
                if (depth > 1 || (type == 2 && depth > 0))
                {
                    return $"option {name}: subcommand nesting is command > group > subcommand only";
                }

                if (Options(nested, depth + 1) is { } error)
                {
                    return $"{name} > {error}";
                }
            }
        }

        return null;
    }

    private static int Len(JsonNode? node) => ((string?)node)?.Trim().Length ?? 0;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NameRule();
}
