using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.GroupSpaces;

public sealed record AddMeetingDate(Guid CommandId, Guid DateId, DateTimeOffset At, string? Place) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context)
    {
        if (context.State.MeetingDates.Any(d => d.Id == DateId))
        {
            return SpaceDecision.Refuse(RefusalCode.DuplicateId, nameof(DateId));
        }

        if (context.State.MeetingDates.Count() >= SpaceLimits.MaxDates)
        {
            return SpaceDecision.Refuse(RefusalCode.GroupSpaceFull, nameof(MeetingDate));
        }

        return TextRules.TryOptional(Place, TextLimits.Place, nameof(Place), out var place, out var refusal)
            ? SpaceDecision.Accept(new MeetingDateAdded(DateId, At, place))
            : SpaceDecision.From(refusal);
    }
}
