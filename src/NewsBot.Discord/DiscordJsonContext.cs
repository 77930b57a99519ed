using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;

namespace NewsBot.Discord;

/// <summary>Source-generated contracts for every type on the wire (snake_case, nulls left out, ids as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(InteractionMessage))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(InteractionCallback<InteractionMessage>))]
[JsonSerializable(typeof(InteractionCallback<DeferredCallbackData>))]
[JsonSerializable(typeof(InteractionCallback<AutocompleteCallbackData>))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewayCommand<long?>))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
