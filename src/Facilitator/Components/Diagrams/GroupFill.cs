namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>A group's size against the template's limits.</summary>
internal enum GroupFill
{
    UnderMin,
    Open,
    Full,
}
