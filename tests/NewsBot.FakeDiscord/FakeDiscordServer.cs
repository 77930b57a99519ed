using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.FakeDiscord;

/// <summary>
/// A fake Discord on 127.0.0.1 with a random port: REST under <c>/api/v10</c>, the gateway on <c>/gw</c> and resumes on
/// <c>/resume</c>. Start with <see cref="StartAsync"/>, point the client at <see cref="ApiBaseUrl"/>, inject events and faults
/// through <see cref="Gateway"/> and <see cref="Rest"/>, and await conditions on <see cref="Recorder"/>.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeDiscordServer(WebApplication app, FakeDiscordOptions options, FakeRecorder recorder)
    {
        _app = app;
        Options = options;
        Recorder = recorder;
        Gateway = new FakeGateway(options, recorder, () => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume");
        Rest = new FakeRestApi(options, recorder, () => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gw");
    }

    public FakeDiscordOptions Options { get; }

    public FakeRecorder Recorder { get; }

    public FakeGateway Gateway { get; }

    public FakeRestApi Rest { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    public Uri ApiBaseUrl => new(BaseUrl + "/api/v10");

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeDiscordServer(app, options ?? new FakeDiscordOptions(), new FakeRecorder());
        app.UseWebSockets();
        app.Map("/gw", (HttpContext http) => server.AcceptGatewayAsync(http));
        app.Map("/resume", (HttpContext http) => server.AcceptGatewayAsync(http));
        app.Map("/api/v10/{**rest}", (HttpContext http) => server.Rest.HandleAsync(http));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return server;
    }

    /// <summary>
    /// Dispatches INTERACTION_CREATE with a fresh id and token (type 2 command, 3 component, 4 autocomplete) and starts its
    /// 3 s callback deadline. <paramref name="data"/> is the interaction's <c>data</c>; <paramref name="message"/> is set for components.
    /// </summary>
    public async Task<FakeInteraction> InjectInteractionAsync(int type, JsonNode data, JsonNode? message = null, int shardId = 0)
    {
        var interaction = Rest.NewInteraction(type);
        var payload = JsonNode.Parse($$"""
            {"id":"{{interaction.Id}}","application_id":"{{Options.ApplicationId}}","type":{{type}},"token":"{{interaction.Token}}","version":1,
             "guild_id":"{{Options.GuildId}}","channel_id":"{{Options.ChannelIds[0]}}",
             "member":{"user":{"id":"600","username":"alice","discriminator":"0","avatar":null,"global_name":null},"roles":[],"permissions":"2147483647","joined_at":"2024-01-01T00:00:00+00:00"},
             "app_permissions":"0","locale":"en-US","entitlements":[],"authorizing_integration_owners":{"0":"{{Options.GuildId}}"},"context":0}
            """)!;
        payload["data"] = data;
        if (message is not null)
        {
            payload["message"] = message;
        }

        await Gateway.DispatchAsync("INTERACTION_CREATE", payload, shardId);
        return interaction;
    }

    /// <summary>Waits until the interaction got its callback and returns the callback body.</summary>
    public async Task<JsonNode> WaitForCallbackAsync(string interactionId, TimeSpan timeout)
    {
        await Recorder.WaitUntilAsync(() => Rest.Interaction(interactionId)?.CallbackType is not null, timeout, $"the callback of interaction {interactionId}");
        return JsonNode.Parse(Rest.Interaction(interactionId)!.CallbackBody!)!;
    }

    /// <summary>Waits until a request matching <paramref name="match"/> was answered.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout, string what)
    {
        await Recorder.WaitUntilAsync(() => Recorder.Requests.Any(match), timeout, what);
        return Recorder.Requests.First(match);
    }

    /// <summary>Waits for the n-th READY (1-based) or RESUMED sent to the client.</summary>
    public Task WaitForDispatchAsync(string eventName, int count, TimeSpan timeout) =>
        Recorder.WaitUntilAsync(() => Recorder.Frames.Count(f => f.Direction == FrameDirection.ToClient && f.EventName == eventName) >= count, timeout, $"{count} × {eventName}");

    private Task AcceptGatewayAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return Task.CompletedTask;
        }

        return Gateway.AcceptAsync(http);
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.AbortAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
