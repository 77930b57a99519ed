using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace NewsBot.Core.Web;

/// <summary>
/// Resolves a host and checks every address it resolves to against <see cref="NetworkAddressPolicy"/>, then connects to an
/// address it checked. Used both before a request (to refuse early, with a clear reason) and as the handler's
/// ConnectCallback, so the address connected to is the one checked: a DNS answer that changes between the two
/// (DNS rebinding) is checked again and cannot slip through.
/// </summary>
internal sealed class GuardedConnector(bool allowPrivateNetworks, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
{
    public static Task<IPAddress[]> DnsResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);

    /// <summary>The host's addresses, all allowed; throws <see cref="AddressRefusedException"/> when any is not.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        var addresses = IPAddress.TryParse(bare, out var literal) ? [literal] : await resolve(bare, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"the host '{host}' has no addresses");
        }

        if (!allowPrivateNetworks)
        {
            // One private answer among public ones is refused too: which one a client picks is not ours to predict.
            foreach (var address in addresses)
            {
                if (NetworkAddressPolicy.RefusalReason(address) is { } reason)
                {
                    throw new AddressRefusedException($"the host '{host}' resolves to {address}, which {reason}");
                }
            }
        }

        return addresses;
    }

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
