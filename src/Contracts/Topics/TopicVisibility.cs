namespace OffeneVersammlung.Contracts;

/// <summary>Pending topics wait for the facilitator (only their author sees them); hidden ones are moderated away. Stored as its number: values are fixed, never reuse or move one (docs/decisions/0009-stored-format.md).</summary>
public enum TopicVisibility
{
    Pending = 0,
    Shown = 1,
    Hidden = 2,
}
