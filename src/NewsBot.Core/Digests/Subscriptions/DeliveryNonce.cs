using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Digests.Subscriptions;

/// <summary>
/// The nonce every attempt of one delivery sends: derived from the subscription and the slot, so a retry (even from another
/// process after a crash) sends the same one, and Discord's <c>enforce_nonce</c> returns the first message instead of posting
/// again. Discord accepts nonces of at most 25 characters.
/// </summary>
public static class DeliveryNonce
{
    public const int MaxLength = 25;

    public static string For(long subscriptionId, DateTimeOffset slot)
    {
        var seed = string.Create(CultureInfo.InvariantCulture, $"newsbot-digest/{subscriptionId}/{slot.ToUnixTimeMilliseconds()}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
        return "nd" + hash[..(MaxLength - 2)];
    }
}
