using System.Net;
using System.Net.Sockets;

namespace NewsBot.Core.Web;

/// <summary>
/// Which IP addresses a user-given URL may reach. Everything that is not a public unicast address is refused: loopback,
/// private (RFC 1918, fc00::/7), link-local, CGNAT, multicast, unspecified, broadcast, documentation and benchmark ranges,
/// and IPv4 addresses smuggled inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16).
/// </summary>
public static class NetworkAddressPolicy
{
    /// <summary>Why the address is refused, or null when it is a public address.</summary>
    public static string? RefusalReason(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IPv4Reason(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IPv6Reason(address),
            _ => "is not an IPv4 or IPv6 address",
        };
    }

    public static bool IsPublic(IPAddress address) => RefusalReason(address) is null;

    private static string? IPv6Reason(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6)
        {
            return Embedded(b.AsSpan(12, 4), "IPv4-mapped");
        }

        if (IPAddress.IPv6Loopback.Equals(address))
        {
            return "is a loopback address";
        }

        if (IPAddress.IPv6Any.Equals(address))
        {
            return "is the unspecified address";
        }

        // ::a.b.c.d (deprecated IPv4-compatible form): the first 96 bits are zero.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return Embedded(b.AsSpan(12, 4), "IPv4-compatible");
        }

        // 64:ff9b::/96 NAT64 and 2002::/16 6to4 both carry an IPv4 address a gateway may route to.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return Embedded(b.AsSpan(12, 4), "NAT64");
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return Embedded(b.AsSpan(2, 4), "6to4");
        }

        return b[0] switch
        {
            0xff => "is a multicast address",
            _ when (b[0] & 0xfe) == 0xfc => "is a private (unique local, fc00::/7) address",
            0xfe when (b[1] & 0xc0) == 0x80 => "is a link-local (fe80::/10) address",
            0xfe when (b[1] & 0xc0) == 0xc0 => "is a site-local (fec0::/10) address",
            0x20 when b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8 => "is a documentation (2001:db8::/32) address",
            _ => null,
        };
    }

    private static string? Embedded(ReadOnlySpan<byte> ipv4, string form) =>
        IPv4Reason(ipv4.ToArray()) is { } reason ? $"{reason} ({form} IPv6 form)" : null;

    private static string? IPv4Reason(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => "is in 0.0.0.0/8 (unspecified / this network)",
        (127, _) => "is a loopback address",
        (10, _) => "is a private (10.0.0.0/8) address",
        (172, >= 16 and <= 31) => "is a private (172.16.0.0/12) address",
        (192, 168) => "is a private (192.168.0.0/16) address",
        (169, 254) => "is a link-local (169.254.0.0/16) address",
        (100, >= 64 and <= 127) => "is a carrier-grade NAT (100.64.0.0/10) address",
        (192, 0) when b[2] == 0 => "is an IETF protocol (192.0.0.0/24) address",
        (192, 0) when b[2] == 2 => "is a documentation address",
        (198, 51) when b[2] == 100 => "is a documentation address",
        (203, 0) when b[2] == 113 => "is a documentation address",
        (198, 18 or 19) => "is a benchmarking (198.18.0.0/15) address",
        ( >= 224 and <= 239, _) => "is a multicast address",
        ( >= 240, _) => "is a reserved or broadcast address",
        _ => null,
    };
}
