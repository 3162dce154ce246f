namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>Why the console got no cards.</summary>
public enum CardsRefusal
{
    /// <summary>The caller is not this assembly's facilitator (a projector, a phone, nobody).</summary>
    NotFacilitator,

    /// <summary>The assembly has no such group, or the group has no members.</summary>
    NoSuchGroup,

    /// <summary>Only the members on paper were asked for, and the group has none.</summary>
    NobodyOnPaper,
}
