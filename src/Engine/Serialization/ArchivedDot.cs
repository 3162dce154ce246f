namespace OffeneVersammlung.Engine.Serialization;

/// <summary>A dot placed or taken back, in an archive: on which topic and in which round, never by whom.</summary>
public sealed record ArchivedDot(Guid TopicId, int Round);
