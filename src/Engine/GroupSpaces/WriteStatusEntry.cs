using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A member writes an "Aktueller Stand" entry, dated now.</summary>
public sealed record WriteStatusEntry(Guid CommandId, Guid EntryId, string Text) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context)
    {
        if (context.State.StatusEntries.Any(e => e.Id == EntryId))
        {
            return SpaceDecision.Refuse(RefusalCode.DuplicateId, nameof(EntryId));
        }

        if (context.State.StatusEntries.Count() >= SpaceLimits.MaxEntries)
        {
            return SpaceDecision.Refuse(RefusalCode.GroupSpaceFull, nameof(StatusEntry));
        }

        return TextRules.TryRequired(Text, SpaceLimits.EntryText, nameof(Text), out var text, out var refusal)
            ? SpaceDecision.Accept(new StatusEntryWritten(EntryId, context.Member, text, context.Now))
            : SpaceDecision.From(refusal);
    }
}
