using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>
/// A neighbour joins from a phone. <see cref="DeviceKey"/> is derived by the host from the token the
/// phone keeps; one device is one participant with one dot budget, however often it reloads.
/// </summary>
public sealed record JoinAssembly(Guid CommandId, Guid ParticipantId, string DeviceKey, string? Pseudonym, Presence Presence)
    : AssemblyCommand(CommandId)
{
    public const int MaxDeviceKeyLength = 128;

    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (context.Actor.ParticipantId != ParticipantId)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (string.IsNullOrWhiteSpace(DeviceKey) || DeviceKey.Length > MaxDeviceKeyLength)
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(DeviceKey));
        }

        if (state.FindParticipantByDevice(DeviceKey) is not null)
        {
            return Refuse(RefusalCode.DeviceAlreadyJoined);
        }

        if (state.IsIdTaken(ParticipantId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(ParticipantId));
        }

        if (!Enum.IsDefined(Presence))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Presence));
        }

        if (!TextRules.TryPseudonym(Pseudonym, nameof(Pseudonym), out var pseudonym, out var refusal))
        {
            return refusal.AsDecision();
        }

        return state.Door switch
        {
            Door.Closed => Refuse(RefusalCode.DoorClosed),
            Door.ByApproval when state.FindKnockByDevice(DeviceKey) is not null => Refuse(RefusalCode.WaitingAtDoor),
            Door.ByApproval when state.TurnedAwayDevices.Contains(DeviceKey) => Refuse(RefusalCode.TurnedAwayAtDoor),
            Door.ByApproval => Accept(new KnockedAtDoor(ParticipantId, DeviceKey, pseudonym, Presence, context.Now)),
            _ => Accept(new ParticipantJoined(ParticipantId, DeviceKey, pseudonym, Presence, Channel.Phone, context.Now)),
        };
    }
}
