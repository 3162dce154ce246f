using MessagePack;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>What someone said at check-in or check-out: a mood and one word.</summary>
[MessagePackObject]
public sealed record MoodWord([property: Key(0)] Mood Mood, [property: Key(1)] string Word);
