using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.FakeDiscord;

/// <summary>The routes: gateway info, command overwrite, channel messages, interaction callbacks and webhooks.</summary>
public sealed partial class FakeRestApi
{
    private (int Status, string? Body) Route(string method, string route, JsonNode? body, string query)
    {
        Match m;
        switch (method)
        {
            case "GET" when route is "/gateway/bot" or "/gateway":
                return (200, $$$"""{"url":"{{{gatewayUrl()}}}","shards":{{{options.RecommendedShards}}},"session_start_limit":{"total":1000,"remaining":{{{options.SessionStartRemaining}}},"reset_after":{{{options.SessionStartResetAfterMs}}},"max_concurrency":{{{options.MaxConcurrency}}}}}""");
            case "PUT" when (m = CommandsRoute().Match(route)).Success:
                return Commands(m, body!);
            case "POST" when (m = ChannelRoute().Match(route)).Success && m.Groups["messages"].Success:
                return CreateMessage(m.Groups["channel"].Value, body!);
            case "GET" when (m = ChannelRoute().Match(route)).Success && !m.Groups["messages"].Success:
                return options.ChannelIds.Contains(m.Groups["channel"].Value)
                    ? (200, $$"""{"id":"{{m.Groups["channel"].Value}}","type":0,"guild_id":"{{options.GuildId}}","name":"news"}""")
                    : UnknownChannel;
            case "POST" when (m = CallbackRoute().Match(route)).Success:
                return Callback(m.Groups["id"].Value, m.Groups["token"].Value, body!, query);
            case "PATCH" or "POST" when (m = WebhookRoute().Match(route)).Success:
                return Webhook(method, m, body!);
            case "DELETE" when (m = WebhookRoute().Match(route)).Success && m.Groups["original"].Success:
                return DeleteOriginal(m);
            default:
                return (404, """{"message":"404: Not Found","code":0}""");
        }
    }

    private static (int, string) UnknownChannel => (404, """{"message":"Unknown Channel","code":10003}""");

    private (int, string?) Commands(Match m, JsonNode body)
    {
        if (m.Groups["app"].Value != options.ApplicationId)
        {
            return (403, """{"message":"Missing Access","code":50001}""");
        }

        if (FakeValidation.Commands(body) is { } error)
        {
            return (400, Invalid(error));
        }

        var result = new JsonArray();
        foreach (var command in (JsonArray)body)
        {
            var copy = command!.DeepClone();
            copy["id"] = NextId();
            copy["application_id"] = options.ApplicationId;
            copy["version"] = NextId();
            copy["type"] ??= 1;
            if (m.Groups["guild"].Success)
            {
                copy["guild_id"] = m.Groups["guild"].Value;
            }

            result.Add(copy);
        }

        return (200, result.ToJsonString());
    }

    private (int, string?) CreateMessage(string channel, JsonNode body)
    {
        if (!options.ChannelIds.Contains(channel))
        {
            return UnknownChannel;
        }

        if (FakeValidation.Message(body, interaction: false) is { } error)
        {
            return (400, Invalid(error));
        }

        var message = MessageJson(channel, body);
        if ((string?)body["nonce"] is { } nonce && (bool?)body["enforce_nonce"] == true)
        {
            // Discord returns the first message for a repeated nonce instead of posting it again.
            message = _nonces.GetOrAdd(channel + "/" + nonce, message);
        }

        return (200, message);
    }

    private (int, string?) Callback(string id, string token, JsonNode body, string query)
    {
        if (!_interactions.TryGetValue(id, out var interaction) || interaction.Token != token)
        {
            return (404, """{"message":"Unknown interaction","code":10062}""");
        }

        lock (interaction)
        {
            interaction.CallbackAttempts++;
            if (interaction.CallbackType is not null)
            {
                return (400, """{"message":"Interaction has already been acknowledged.","code":40060}""");
            }

            if (DateTimeOffset.UtcNow - interaction.CreatedAt > options.CallbackDeadline)
            {
                return (404, """{"message":"Unknown interaction","code":10062}""");
            }

            var type = (int?)body["type"] ?? 0;
            var flags = (int?)body["data"]?["flags"] ?? 0;
            var allowedFlags = type == 5 ? 64 : 4 | 64 | 4096 | 8192 | 32768;
            if (type is not (1 or 4 or 5 or 6 or 7 or 8 or 9) || (type is 6 or 7 && interaction.Type != 3) || (type == 8 && interaction.Type != 4)
                || (type != 8 && interaction.Type == 4) || (flags & ~allowedFlags) != 0)
            {
                return (400, Invalid((50035, $"type {type} with flags {flags} is not allowed for interaction type {interaction.Type}")));
            }

            if (type is 4 or 7 && body["data"] is { } data && FakeValidation.Message(data, interaction: true) is { } error)
            {
                return (400, Invalid(error));
            }

            // Body first: waiters poll CallbackType without the lock and then read the body.
            interaction.CallbackBody = body.ToJsonString();
            interaction.CallbackType = type;
        }

        recorder.Touch();
        return query.Contains("with_response=true", StringComparison.Ordinal)
            ? (200, $$$"""{"interaction":{"id":"{{{id}}}","type":{{{interaction.Type}}}}}""")
            : (204, null);
    }

    private (int, string?) Webhook(string method, Match m, JsonNode body)
    {
        var interaction = _interactions.Values.FirstOrDefault(i => i.Token == m.Groups["token"].Value);
        if (m.Groups["app"].Value != options.ApplicationId || interaction is null || DateTimeOffset.UtcNow - interaction.CreatedAt > options.FollowupWindow)
        {
            return (401, """{"message":"Invalid Webhook Token","code":50027}""");
        }

        var original = m.Groups["original"].Success;
        if ((method == "PATCH") != original || (original && interaction.CallbackType is null))
        {
            return (404, """{"message":"Unknown Message","code":10008}""");
        }

        if (FakeValidation.Message(body, interaction: original) is { } error)
        {
            return (400, Invalid(error));
        }

        lock (interaction)
        {
            (original ? interaction.OriginalEdits : interaction.Followups).Add(body.ToJsonString());
        }

        recorder.Touch();
        return (200, MessageJson(options.ChannelIds[0], body));
    }

    private (int, string?) DeleteOriginal(Match m)
    {
        var interaction = _interactions.Values.FirstOrDefault(i => i.Token == m.Groups["token"].Value);
        if (m.Groups["app"].Value != options.ApplicationId || interaction is null || DateTimeOffset.UtcNow - interaction.CreatedAt > options.FollowupWindow)
        {
            return (401, """{"message":"Invalid Webhook Token","code":50027}""");
        }

        if (interaction.CallbackType is null || interaction.OriginalDeleted)
        {
            return (404, """{"message":"Unknown Message","code":10008}""");
        }

        interaction.OriginalDeleted = true;
        recorder.Touch();
        return (204, null);
    }

    private string MessageJson(string channel, JsonNode body)
    {
        var message = new JsonObject
        {
            ["id"] = NextId(), ["channel_id"] = channel, ["content"] = (string?)body["content"] ?? string.Empty,
            ["author"] = JsonNode.Parse("""{"id":"100","username":"bot","discriminator":"0","bot":true,"avatar":null,"global_name":null}"""),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture), ["edited_timestamp"] = null,
            ["tts"] = false, ["mention_everyone"] = false, ["mentions"] = new JsonArray(), ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(), ["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray(), ["pinned"] = false, ["type"] = 0,
            ["flags"] = (int?)body["flags"] ?? 0, ["components"] = body["components"]?.DeepClone() ?? new JsonArray(),
        };
        if (body["nonce"] is { } nonce)
        {
            message["nonce"] = nonce.DeepClone();
        }

        return message.ToJsonString();
    }

    private static string Invalid((int Code, string Message) error) =>
        new JsonObject { ["message"] = error.Code == 50035 ? "Invalid Form Body" : error.Message, ["code"] = error.Code, ["errors"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "BASE_TYPE_INVALID", ["message"] = error.Message }) } }.ToJsonString();

    [GeneratedRegex(@"^/applications/(?<app>[0-9]+)(/guilds/(?<guild>[0-9]+))?/commands$")]
    private static partial Regex CommandsRoute();

    [GeneratedRegex(@"^/channels/(?<channel>[0-9]+)(?<messages>/messages)?$")]
    private static partial Regex ChannelRoute();

    [GeneratedRegex(@"^/interactions/(?<id>[0-9]+)/(?<token>[^/]+)/callback$")]
    private static partial Regex CallbackRoute();

    [GeneratedRegex(@"^/webhooks/(?<app>[0-9]+)/(?<token>[^/]+)(?<original>/messages/@original)?$")]
    private static partial Regex WebhookRoute();
}
