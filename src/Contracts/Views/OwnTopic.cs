namespace OffeneVersammlung.Contracts.Views;

/// <summary>A topic its author brought, with whether it waits for the facilitator or was hidden.</summary>
public sealed record OwnTopic(Guid Id, int Number, string Text, string? Category, TopicVisibility Visibility);
