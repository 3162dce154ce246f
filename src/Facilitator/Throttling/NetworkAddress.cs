using System.Net;
using System.Net.Sockets;

namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>The network a remote address is counted as: IPv4 as it is, IPv6 per /64, since one host usually holds a whole /64.</summary>
public static class NetworkAddress
{
    public static IPAddress Of(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}
