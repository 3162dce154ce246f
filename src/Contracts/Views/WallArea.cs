namespace OffeneVersammlung.Contracts.Views;

/// <summary>A cluster's area on the wall: it grows with its cards, which sit inside it in rows.</summary>
public sealed record WallArea(Guid ClusterId, WallBox Box, bool MovedByHand);
