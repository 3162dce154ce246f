namespace OffeneVersammlung.Contracts.Views;

/// <summary>A topic on the public board. The author's pseudonym appears only if they chose one.</summary>
public sealed record TopicCard(Guid Id, int Number, string Text, string? Category, Guid? ClusterId, string? AuthorName, bool FromPaper);
