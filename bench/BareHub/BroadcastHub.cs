using Microsoft.AspNetCore.SignalR;

namespace OffeneVersammlung.Bench.BareHub;

/// <summary>
/// What the product's hub does at the least: answer the voter and start (not await) one broadcast
/// of a payload as large as the product's board. The payload is made once per size and reused.
/// </summary>
public sealed class BroadcastHub : Hub
{
    private static byte[] _payload = [];

    public void SetPayloadSize(int bytes) => _payload = new byte[bytes];

    public long Vote(long sequence)
    {
        _ = Clients.All.SendAsync("BoardChanged", new Board(sequence, _payload));
        return sequence;
    }
}
