namespace OffeneVersammlung.Engine.Serialization;

/// <summary>
/// One event as it leaves the server in an archive: its place in the stream, when, its type name and
/// its data with everything private taken out (see <see cref="EventArchive"/>).
/// </summary>
public sealed record ArchivedEvent(long Version, DateTimeOffset At, string Type, object Data);
