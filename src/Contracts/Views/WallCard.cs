namespace OffeneVersammlung.Contracts.Views;

/// <summary>Where a visible topic's card sits on the wall; <see cref="MovedByHand"/> when a facilitator put it there.</summary>
public sealed record WallCard(Guid TopicId, WallBox Box, bool MovedByHand);
