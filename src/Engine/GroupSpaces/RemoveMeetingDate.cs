using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.GroupSpaces;

public sealed record RemoveMeetingDate(Guid CommandId, Guid DateId) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context) =>
        context.State.MeetingDates.Any(d => d.Id == DateId)
            ? SpaceDecision.Accept(new MeetingDateRemoved(DateId))
            : SpaceDecision.Refuse(RefusalCode.UnknownMeetingDate);
}
