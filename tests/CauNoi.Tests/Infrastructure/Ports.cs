using System.Net.Sockets;

namespace CauNoi.Tests.Infrastructure;

public static class Ports
{
    /// <summary>A 127.0.0.1 port nothing listens on at this moment: for a server the test starts, or to find nobody there.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
