using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>The envelope of every received gateway message. <c>s</c> and <c>t</c> are set only for op 0.</summary>
internal sealed record GatewayPayload(GatewayOpCode Op, JsonElement? D, long? S, string? T);

/// <summary>A payload we send. <c>d</c> is always written, because a first heartbeat must carry <c>"d":null</c>.</summary>
internal sealed record GatewayCommand<TData>(GatewayOpCode Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] TData? D);

internal sealed record HelloData(int HeartbeatInterval);

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumeData(string Token, string SessionId, long? Seq);

internal sealed record ReadyData(int V, User User, string SessionId, string ResumeGatewayUrl, ReadyApplication Application)
{
    public IReadOnlyList<int>? Shard { get; init; }
}

internal sealed record ReadyApplication(Snowflake Id);
