using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Models;

namespace NewsBot.Discord;

/// <summary>Fails the host at start with every problem of the <c>Discord</c> section listed, never echoing the token.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add("Discord:Token is missing. Set it from the developer portal (Bot > Reset Token), e.g. with the environment variable Discord__Token or user secrets.");
        }
        else if (options.Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase) || options.Token.Any(char.IsWhiteSpace))
        {
            failures.Add("Discord:Token must be the raw token: without a 'Bot ' prefix, quotes or whitespace.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.");
        }

        if (options.GatewayUrl is { } gw && (!gw.IsAbsoluteUri || gw.Scheme is not ("wss" or "ws")))
        {
            failures.Add("Discord:GatewayUrl must be an absolute ws(s) URL when set.");
        }

        if (options.GuildId is { Length: > 0 } guild && !Snowflake.TryParse(guild, out _))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Discord:GuildId '{guild}' is not a Discord id (digits only; copy it with Developer Mode on)."));
        }

        if (options.ShardCount is < 1 or > 65536)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Discord:ShardCount must be between 1 and 65536 (was {options.ShardCount})."));
        }

        var badShards = options.ShardIds.Where(id => id < 0 || id >= options.ShardCount).ToList();
        if (badShards.Count > 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"Discord:ShardIds {string.Join(",", badShards)} are outside 0..{options.ShardCount - 1} (ShardCount is {options.ShardCount})."));
        }

        if (options.ShardIds.Distinct().Count() != options.ShardIds.Count)
        {
            failures.Add("Discord:ShardIds lists a shard twice.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.AutoDeferAfter <= TimeSpan.Zero || options.AutoDeferAfter >= TimeSpan.FromSeconds(3))
        {
            failures.Add("Discord:RequestTimeout must be positive and Discord:AutoDeferAfter between 0 and 3 seconds (Discord's deadline).");
        }

        if (options.MaxRetries is < 0 or > 10 || options.MaxConcurrentInteractions < 1 || options.InvalidRequestBudget is < 1 or > 9000)
        {
            failures.Add("Discord:MaxRetries must be 0-10, Discord:MaxConcurrentInteractions at least 1, Discord:InvalidRequestBudget 1-9000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
