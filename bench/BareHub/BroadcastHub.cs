using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Bench.BareHub;

/// <summary>
/// What the product's hub does at the least: answer the voter and start (not await) one broadcast
/// of a board. The board is the product's own, captured by the generator and handed over once, so
/// the message has the same shape and size (and costs the clients the same to read); only its
/// version changes from vote to vote.
/// </summary>
public sealed class BroadcastHub : Hub
{
    private static PublicBoard? _board;

    public void SetBoard(PublicBoard board) => _board = board;

    public long Vote(long sequence)
    {
        _ = Clients.All.SendAsync("BoardChanged", _board! with { Version = sequence });
        return sequence;
    }
}
