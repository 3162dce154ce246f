namespace OffeneVersammlung.Engine.Views;

/// <summary>
/// A visible topic in the protocol. <see cref="Totals"/> has one entry per revealed round (null where
/// a run-off did not include the topic); paper dots are counted in and also shown apart.
/// </summary>
public sealed record ProtocolTopic(
    Guid Id,
    int Number,
    string Text,
    string? Category,
    string? ClusterLabel,
    bool FromPaper,
    int? Rank,
    IReadOnlyList<int?> Totals,
    int PaperDots);
