namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// An intention sent to a group space, by one of its members (their link names them) or, for opening, by the host.
/// Like the assembly's commands, each carries its own rule and the client's id, so a repeated post is applied once.
/// </summary>
public abstract record GroupSpaceCommand(Guid CommandId)
{
    /// <summary>True for the commands a member sends; the space checks the member before deciding.</summary>
    internal virtual bool NeedsMember => true;

    internal abstract SpaceDecision Decide(SpaceContext context);
}
