namespace OffeneVersammlung.Contracts.Views;

/// <summary>A topic as the facilitator sees it: every state, its source, and the live count of the open round.</summary>
public sealed record ModeratedTopic(
    Guid Id,
    int Number,
    string Text,
    string? Category,
    Guid? ClusterId,
    TopicVisibility Visibility,
    TopicSource Source,
    string? AuthorName,
    IReadOnlyList<Guid> MergedFrom,
    int LiveDots,
    int LivePaperDots);
