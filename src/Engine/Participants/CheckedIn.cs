using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Participants;

[MessagePackObject]
public sealed record CheckedIn([property: Key(0)] Guid ParticipantId, [property: Key(1)] MoodWord Answer) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.ParticipantsById[ParticipantId].CheckIn = Answer;
}
