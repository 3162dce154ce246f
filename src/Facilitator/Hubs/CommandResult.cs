using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// The answer to every hub command: accepted, or refused with a code the screen translates (and a
/// detail such as the field concerned), with the assembly's version after the command.
/// </summary>
public sealed record CommandResult(bool Accepted, RefusalCode? Refusal, string? Detail, long Version)
{
    public static CommandResult Refused(RefusalCode code, string? detail = null) => new(false, code, detail, 0);
}
